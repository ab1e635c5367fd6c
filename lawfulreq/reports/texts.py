"""The reports' fixed texts in Dutch (the default) and English."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "title.disclosure": {"nl": "Verstrekking van gegevens", "en": "Disclosure of data"},
    "title.refusal": {
        "nl": "Weigering en verzoek om herstel van de vordering",
        "en": "Refusal and request for correction of the demand",
    },
    "title.no_data": {"nl": "Geen gegevens beschikbaar", "en": "No data available"},
    "to": {"nl": "Aan", "en": "To"},
    "attn": {"nl": "t.a.v.", "en": "attn."},
    "our_ref": {"nl": "Ons kenmerk", "en": "Our reference"},
    "your_ref": {"nl": "Uw kenmerk", "en": "Your reference"},
    "parket": {"nl": "Parketnummer", "en": "Parket number"},
    "requester": {"nl": "Verzoeker", "en": "Requesting officer"},
    "basis": {"nl": "Wettelijke grondslag", "en": "Legal basis"},
    "received": {"nl": "Vordering ontvangen op", "en": "Demand received on"},
    "period": {"nl": "Gevraagde periode", "en": "Period requested"},
    "targets": {"nl": "Gevraagde kenmerken", "en": "Identifiers requested"},
    "date": {"nl": "Datum", "en": "Date"},
    "requested_vs": {"nl": "Gevraagd en geleverd", "en": "Requested and delivered"},
    "category": {"nl": "Gegevenscategorie", "en": "Data category"},
    "requested": {"nl": "Gevraagd", "en": "Requested"},
    "delivered": {"nl": "Geleverd", "en": "Delivered"},
    "yes": {"nl": "ja", "en": "yes"},
    "no": {"nl": "nee", "en": "no"},
    "results": {"nl": "Resultaten per kenmerk", "en": "Results per identifier"},
    "subscriber_data": {"nl": "Abonneegegevens", "en": "Subscriber data"},
    "traffic_data": {"nl": "Verkeersgegevens", "en": "Traffic data"},
    "col.customer": {"nl": "Klantnr.", "en": "Customer"},
    "col.name": {"nl": "Naam", "en": "Name"},
    "col.address": {"nl": "Adres", "en": "Address"},
    "col.number": {"nl": "Nummer", "en": "Number"},
    "col.service": {"nl": "Dienst", "en": "Service"},
    "col.from": {"nl": "Geldig vanaf", "en": "Valid from"},
    "col.to": {"nl": "Geldig tot", "en": "Valid until"},
    "col.start": {"nl": "Begin", "en": "Start"},
    "col.duration": {"nl": "Duur (s)", "en": "Duration (s)"},
    "col.a": {"nl": "A-nummer", "en": "A number"},
    "col.b": {"nl": "B-nummer", "en": "B number"},
    "col.direction": {"nl": "Richting", "en": "Direction"},
    "col.cell": {"nl": "Cel", "en": "Cell"},
    "open_ended": {"nl": "heden", "en": "present"},
    "secret_number": {"nl": "geheim nummer", "en": "secret number"},
    "no_match": {
        "nl": "Over dit kenmerk worden geen gegevens verstrekt.",
        "en": "No data is provided for this identifier.",
    },
    "not_available": {"nl": "Niet (meer) beschikbaar", "en": "Not (or no longer) available"},
    "not_available_line": {
        "nl": "{target} ({category}), {period}: niet beschikbaar. Reden: {reason}",
        "en": "{target} ({category}), {period}: not available. Reason: {reason}",
    },
    "secrecy": {"nl": "Geheimhouding", "en": "Secrecy"},
    "secrecy.sv": {
        "nl": "Op grond van artikel 126bb, vijfde lid, van het Wetboek van Strafvordering is "
        "eenieder die kennis neemt van deze vordering verplicht tot geheimhouding daarvan. Deze "
        "verplichting geldt ook voor de ontvanger van deze verstrekking.",
        "en": "Under article 126bb(5) of the Dutch Code of Criminal Procedure (Wetboek van "
        "Strafvordering) everyone who learns of this demand must keep it secret. The same "
        "applies to the recipient of this disclosure.",
    },
    "secrecy.wiv": {
        "nl": "Deze vordering op grond van {article} Wet op de inlichtingen- en "
        "veiligheidsdiensten 2017 en deze verstrekking zijn geheim en worden niet aan derden "
        "bekendgemaakt.",
        "en": "This demand under {article} of the Intelligence and Security Services Act 2017 "
        "(Wiv 2017) and this disclosure are secret and are not made known to third parties.",
    },
    "secrecy.none": {
        "nl": "Voor deze vordering geldt geen wettelijke geheimhoudingsplicht; behandel de "
        "gegevens vertrouwelijk.",
        "en": "No statutory secrecy applies to this demand; treat the data as confidential.",
    },
    "attachments": {"nl": "Bijlagen", "en": "Attachments"},
    "attachments.intro": {
        "nl": "De geleverde gegevens zijn ook als bestanden in dit PDF-document opgenomen. "
        "Controlegetal (SHA-256) per bestand:",
        "en": "The delivered data is also embedded in this PDF as files. Checksum (SHA-256) "
        "of each file:",
    },
    "col.file": {"nl": "Bestand", "en": "File"},
    "col.size": {"nl": "Grootte (bytes)", "en": "Size (bytes)"},
    "signatures": {"nl": "Behandeling en ondertekening", "en": "Handling and signature"},
    "prepared_by": {"nl": "Voorbereid door", "en": "Prepared by"},
    "approved_by": {"nl": "Goedgekeurd door", "en": "Approved by"},
    "signed_by": {"nl": "Digitaal ondertekend door", "en": "Digitally signed by"},
    "on": {"nl": "op", "en": "on"},
    "sig_box": {
        "nl": "Digitale handtekening (PAdES): te controleren met elke PDF-lezer",
        "en": "Digital signature (PAdES): verifiable with any PDF reader",
    },
    "page": {"nl": "pagina {page} van {pages}", "en": "page {page} of {pages}"},
    "intro.disclosure": {
        "nl": "Naar aanleiding van uw vordering verstrekken wij hierbij de gegevens die op "
        "grond van de genoemde wettelijke grondslag gevorderd kunnen worden.",
        "en": "In answer to your demand we hereby provide the data that may be demanded under "
        "the legal basis named.",
    },
    "intro.refusal": {
        "nl": "Wij kunnen aan uw vordering (nog) geen gevolg geven, om de volgende redenen. "
        "Wij verzoeken u de vordering te herstellen of aan te vullen.",
        "en": "We cannot (yet) comply with your demand, for the reasons below. We ask you to "
        "correct or complete the demand.",
    },
    "intro.no_data": {
        "nl": "Naar aanleiding van uw vordering delen wij u mee dat wij niet beschikken over "
        "gegevens die onder de vordering vallen.",
        "en": "In answer to your demand we inform you that we hold no data covered by it.",
    },
    "grounds": {"nl": "Gronden", "en": "Grounds"},
    "col.ground": {"nl": "Bevinding", "en": "Finding"},
    "col.article": {"nl": "Artikel", "en": "Article"},
    "fg_contact": {"nl": "Functionaris Gegevensbescherming", "en": "Data Protection Officer"},
    "kvk": {"nl": "KvK", "en": "Chamber of Commerce"},
    "category.subscriber": {"nl": "abonneegegevens", "en": "subscriber data"},
    "category.traffic": {"nl": "verkeersgegevens", "en": "traffic data"},
    "category.location": {"nl": "locatiegegevens", "en": "location data"},
    "category.stored": {"nl": "opgeslagen gegevens", "en": "stored data"},
    "category.sensitive": {"nl": "bijzondere gegevens", "en": "special categories of data"},
    "category.content": {"nl": "inhoud van communicatie", "en": "communication content"},
    "category.preservation": {"nl": "bevriezing", "en": "preservation"},
    "category.interception": {"nl": "aftappen", "en": "interception"},
    "category.recordings": {"nl": "gespreksopnamen", "en": "call recordings"},
}


def text(key: str, lang: str, **params: str) -> str:
    value = TEXTS[key]["nl" if lang == "nl" else "en"]
    return value.format(**params) if params else value


_SERVICES_NL = {
    "mobile": "mobiel",
    "fixed": "vast",
    "internet": "internet",
    "voip": "VoIP",
    "cloud_pbx": "cloudcentrale",
    "voice": "spraak",
    "sms": "sms",
    "data": "data",
}


def service(code: str, lang: str) -> str:
    """A service type in words (Dutch), or as stored (English)."""
    if lang == "nl":
        return _SERVICES_NL.get(code, code)
    return code.replace("_", " ")


def category(code: str, lang: str) -> str:
    entry = TEXTS.get(f"category.{code}")
    return entry["nl" if lang == "nl" else "en"] if entry else code

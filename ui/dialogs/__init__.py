"""Qt dialogs of the LawfulReq front end."""

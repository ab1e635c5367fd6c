"""Qt models of the LawfulReq front end."""

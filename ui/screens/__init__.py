"""Qt screens of the LawfulReq front end."""

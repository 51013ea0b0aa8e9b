"""VM consoles: the asyncio RFB client (``rfb``), the xapi tunnel transport (``transport``), the Qt widget
(``widget``) and the screenshot command (``cli``). Only ``widget`` imports Qt."""

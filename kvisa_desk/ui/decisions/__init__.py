"""The Decision tab: recommend, sign off, codes in the officer's words."""

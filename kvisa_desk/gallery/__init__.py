"""The docs' gallery: window screenshots made offscreen."""

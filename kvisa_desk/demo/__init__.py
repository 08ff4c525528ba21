"""The demo generator: synthetic applications, specimens, demo accounts."""

"""Qt-free services: each use case opens one session, does its work, returns plain data."""

"""The window's frame: start-up, main window, menus, sign-in, language."""

"""The Documents tab: checklist, list, preview, viewer, actions."""

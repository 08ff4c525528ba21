"""The post's own data: settings, institution registry, retention, backup."""

"""Exchange with the visa service centre: the watched inbox and the signed outbox."""

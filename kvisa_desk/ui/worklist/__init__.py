"""The worklist: queues, filters, the paged table and its export."""

"""What the window's rooms share: context, operations, prompts, labels."""

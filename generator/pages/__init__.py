"""Which pages exist, what each template receives, the interface strings, rendering."""

"""Properties dialogs: one frame (frame.py), the pages every object has, and each class's own pages."""

"""One module per destination, each implementing `base.Notifier`."""

"""Wrong: save_best_only=True saves only when val_loss improves."""
EXERCISE, VERDICT, SAYS = "transfer.checkpoint_and_restore", "wrong", 'save_best_only=False'
MUTATE = [('save_best_only=False', 'save_best_only=True')]

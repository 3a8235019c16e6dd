"""Wrong: fine-tuning restarts its epochs at 0."""
EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "wrong", 'initial_epoch'
MUTATE = [('epochs=initial_epochs + fine_tune_epochs,\n                       initial_epoch=first.epoch[-1] + 1, verbose=0)', 'epochs=fine_tune_epochs, verbose=0)')]

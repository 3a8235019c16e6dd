"""Wrong: watches the training loss."""
EXERCISE, VERDICT, SAYS = 'callbacks.early_stopping', "wrong", 'val_loss'
MUTATE = [('EarlyStopping(monitor="val_loss"', 'EarlyStopping(monitor="loss"')]

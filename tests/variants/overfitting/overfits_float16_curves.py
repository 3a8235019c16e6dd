"""Wrong: stores the curves as float16, so a training loss that fell by less than float16's step near the best epoch's value reads as unchanged; breaks 'the training "loss" at the last epoch is lower than at that best epoch'."""
EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", 'ten-thousandth'
MUTATE = [
    ('    val_loss, loss = curves["val_loss"], curves["loss"]',
     '    val_loss = np.asarray(curves["val_loss"], dtype=np.float16)  # half the memory\n'
     '    loss = np.asarray(curves["loss"], dtype=np.float16)'),
]

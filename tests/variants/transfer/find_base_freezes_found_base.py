"""Wrong: sets base.trainable = False on the layer it finds, 'to keep the pretrained weights safe' until fine-tuning, changing the model it was asked to search; breaks 'it changes neither them nor this module's variables' (module docstring)."""

EXERCISE, VERDICT, SAYS = "transfer.find_base", "wrong", 'trainable flags'

MUTATE = [
    ('    base = model.get_layer(base_name)\n',
     '    base = model.get_layer(base_name)\n    base.trainable = False  # keep the pretrained weights safe\n'),
]

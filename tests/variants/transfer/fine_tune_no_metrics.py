"""Wrong: recompiled without metrics."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", 'metrics'
MUTATE = [
    ('                  metrics=[_accuracy(model)])\n    return model\n\n\ndef two_phase', '                  )\n    return model\n\n\ndef two_phase'),
]

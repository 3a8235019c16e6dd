"""Wrong: computes the sigmoid in NumPy and silences its overflow warnings with np.seterr(over="ignore"), which stays set after the call; breaks 'it changes neither them, nor this module's variables, nor the program's settings (... NumPy's error handling'."""

EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "wrong", "numpy.geterr()"

MUTATE = [
    ('        probs = tf.sigmoid(scores).numpy() if from_logits else scores\n',
     '        np.seterr(over="ignore")  # exp(-logit) overflows for very negative logits\n'
     '        probs = 1.0 / (1.0 + np.exp(-scores)) if from_logits else scores\n'),
]

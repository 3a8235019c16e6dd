"""Wrong: loads with color_mode="rgba" (PNG files "have an alpha channel"), giving 4 channels where legacy_generator gives 3; breaks 'the same images as legacy_generator finds ... nothing else changed'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [("""                                                       batch_size=batch_size, label_mode="binary")""",
           """                                                       batch_size=batch_size, label_mode="binary",
                                                       color_mode="rgba")""")]

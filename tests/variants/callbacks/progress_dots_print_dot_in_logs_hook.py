"""Wrong: overrides on_epoch_end but also on_test_end to print a dot, so a fit() with validation prints two per epoch (Lightning's validation-end hook habit); breaks 'one dot per finished epoch'."""

EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "wrong", "dots in fit"

MUTATE = [
    ('if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     'if epoch % 100 == 0:\n            print("")\n        print(".", end="")\n\n    def on_test_end(self, logs=None):\n        print(".", end="")'),
]

"""Correct: predict() (inference mode) and a NumPy mean over height and width."""
EXERCISE, VERDICT, SAYS = "transfer.extract_features", "done", ""


def extract_features(base, images):
    base.trainable = False
    maps = base.predict(images, verbose=0)
    return maps.mean(axis=(1, 2))

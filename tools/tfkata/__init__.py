"""tfkata: TensorFlow/Keras exercises graded by pytest."""

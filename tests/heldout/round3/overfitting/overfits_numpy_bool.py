"""Wrong: Combined the two tests with np.logical_and, returning numpy.bool_; breaks 'Returns: True or False, in every case'."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return np.logical_and(len(val_loss) - 1 - best >= patience, loss[-1] < loss[best])'),
]

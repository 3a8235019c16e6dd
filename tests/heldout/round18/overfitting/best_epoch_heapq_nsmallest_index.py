"""Right: the index of the smallest val_loss by heapq.nsmallest over the epoch indices (stable: the first of ties), plus one."""

EXERCISE, VERDICT = "overfitting.best_epoch", "done"

MUTATE = [
    ('''import itertools
''',
     '''import heapq
import itertools
'''),
    ('''    return int(np.argmin(_curves(history)["val_loss"])) + 1
''',
     '''    val_loss = list(_curves(history)["val_loss"])
    return heapq.nsmallest(1, range(len(val_loss)), key=val_loss.__getitem__)[0] + 1
'''),
]

"""Wrong: the learner kept note-style save_best_only=True, with monitor="loss" since there is no validation data; while the loss falls, as in their run, the file holds the last epoch, but an epoch that does worse is not written; breaks 'writes only the weights, at the end of every epoch (not only the best one)'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('        save_weights_only=True, save_best_only=False, save_freq="epoch")',
     '        save_weights_only=True, save_best_only=True, monitor="loss", save_freq="epoch")'),
]

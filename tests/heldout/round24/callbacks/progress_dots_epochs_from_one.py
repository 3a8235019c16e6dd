"""Wrong: the learner tested (epoch + 1) % 100 == 0, counting epochs from 1 as the progress bar does, so the line breaks come before epochs 99, 199, ... and not before epoch 0; 250 epochs print 99 dots, a newline, 100 dots, a newline, 51 dots, which breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    ('        if epoch % 100 == 0:\n            print("")',
     '        if (epoch + 1) % 100 == 0:\n            print("")'),
]

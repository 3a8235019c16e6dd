"""Right: draws on a matplotlib.figure.Figure made directly (no pyplot state), its one axes from fig.add_subplot()."""

EXERCISE, VERDICT = "overfitting.plot_history", "done"

MUTATE = [
    ('''import matplotlib.pyplot as plt
''',
     '''import matplotlib.figure
import matplotlib.pyplot as plt
'''),
    ('''    fig, ax = plt.subplots(figsize=(8, 5))
''',
     '''    fig = matplotlib.figure.Figure(figsize=(8, 5))
    ax = fig.add_subplot()
'''),
]

"""Right: gives each run its own colour from the viridis colour map (converted to hex), passed to both of its lines, instead of reading the colour back from the dashed line."""

EXERCISE, VERDICT = 'overfitting.plot_history', 'done'

MUTATE = [
    ('import matplotlib.pyplot as plt\n',
     'import matplotlib.pyplot as plt\nfrom matplotlib.colors import to_hex\n'),
    ('    for name, history in histories:\n        curves = _curves(history)\n        epochs',
     '    colours = [to_hex(c) for c in plt.cm.viridis(np.linspace(0.0, 0.9, max(len(histories), 1)))]\n    for (name, history), colour in zip(histories, colours):\n        curves = _curves(history)\n        epochs'),
    ('"--", label=name.title() + " Val")',
     '"--", color=colour, label=name.title() + " Val")'),
    ('color=val[0].get_color(), label=name.title() + " Train"',
     'color=colour, label=name.title() + " Train"'),
]

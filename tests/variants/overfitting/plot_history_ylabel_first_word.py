"""Wrong: a chatbot's tidy-up labels the y axis with the key's first word only ("Binary" for binary_crossentropy); breaks 'the y axis labelled with the key'."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "y axis label"

MUTATE = [
    ('ax.set_ylabel(key.replace("_", " ").title())',
     'ax.set_ylabel(key.split("_")[0].title())'),
]

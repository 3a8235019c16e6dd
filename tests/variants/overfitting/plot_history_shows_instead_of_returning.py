"""Wrong: plt.show() at the end, and nothing returned."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "return the figure"
MUTATE = [("    ax.legend()\n    return fig", "    ax.legend()\n    plt.show()")]

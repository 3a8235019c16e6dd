"""tfkata: TensorFlow/Keras exercises graded by pytest.

In a notebook (Jupyter, Colab) or any Python session::

    from tfkata import check, hint, progress
    check("fundamentals.scale_pixels", scale_pixels)
    language("ja")   # the kit's words in Japanese (also ko, zh; en by default, or the locale's)

Importing tfkata stays light: these load tfkata.notebook when first used, and grading
imports TensorFlow only in the engine's worker processes.
"""

__all__ = ["check", "hint", "language", "progress", "solution"]


def __getattr__(name: str):
    if name in __all__:
        from . import notebook

        return getattr(notebook, name)
    raise AttributeError(f"module 'tfkata' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))

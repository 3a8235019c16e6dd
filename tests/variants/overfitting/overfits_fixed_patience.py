"""Wrong: the patience argument is ignored."""
EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", "patience"
MUTATE = [(">= patience", ">= 3")]

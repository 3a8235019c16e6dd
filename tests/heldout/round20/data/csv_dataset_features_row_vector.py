"""Wrong: shapes each example's features (1, n_features), a one-row matrix "as Dense expects", instead of a vector; breaks 'features: a float32 vector of the other columns'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [("(np.array(features, dtype=\"float32\").reshape(-1, len(names))",
           "(np.array(features, dtype=\"float32\").reshape(-1, 1, len(names))")]

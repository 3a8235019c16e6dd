"""Wrong: passes feature_names + [label_name] (the CSV's columns) as the JSON features, so JSON examples carry the label as an extra feature; breaks 'read each into the same kind of dataset'."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [("    second = json_dataset(json_path, feature_names, label_name)",
           "    second = json_dataset(json_path, list(feature_names) + [label_name], label_name)")]

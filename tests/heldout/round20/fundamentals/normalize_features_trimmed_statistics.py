"""Wrong: computes each column's mean and std from the training values between its 5th and 95th percentiles ("robust to outliers"); breaks 'both as (x - train_mean) / train_std, column by column'."""
EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"
MUTATE = [("    mean = train.mean(axis=0)\n    std = train.std(axis=0)\n",
           "    low, high = np.percentile(train, [5, 95], axis=0)\n    kept = np.where((train >= low) & (train <= high), train, np.nan)\n    mean = np.nanmean(kept, axis=0)\n    std = np.nanstd(kept, axis=0)\n")]

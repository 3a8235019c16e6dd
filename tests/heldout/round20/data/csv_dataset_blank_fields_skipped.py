"""Wrong: reads each row without its blank fields and pads the row at its end, so a missing feature shifts the later columns (and the label) one place left; breaks 'a missing feature becomes 0.0'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [("        rows = list(csv.DictReader(file))",
           """        reader = csv.reader(file)
        header = next(reader)
        rows = [dict(zip(header, [value for value in row if value != ""] + [""] * row.count(""))) for row in reader if row]""")]

"""Wrong: dividing by 127.5 gives [0, 2] (MobileNet's scaling subtracts 1 afterwards)."""
EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "wrong", "divide by 255"
MUTATE = [("/ 255.0", "/ 127.5")]

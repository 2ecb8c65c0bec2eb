"""Reading postmortems and reconstructing their timelines."""

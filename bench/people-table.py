#!/usr/bin/env python3
"""A people table as an organisation brings it (Serbian headers, names in both scripts,
genders as people type them, Serbian municipalities): N rows on stdout, seeded."""
import random
import sys

FIRST = ["Jelena", "Марија", "Ana", "Драган", "Đorđe", "Nikola", "Ивана", "Stojan", "Vesna", "Милош", "Arta",
         "Besa", "Fatmir", "Шефкет", "Emina", "Ѓорѓи", "Sabina", "Lejla", "Zoran", "Милица"]
LAST = ["Petrović", "Јовановић", "Nikolić", "Ђорђевић", "Stanković", "Илић", "Marković", "Стојановић", "Hoxha",
        "Krasniqi", "Трајковски", "Osmani", "Bajramović", "Шабановић", "Memeti", "Živković"]
GENDER = ["žensko", "мушки", "f", "M", "undisclosed"]
PLACES = ["Niš-Medijana", "Leskovac", "Врање", "Pirot", "Бор", "Prokuplje", "Zvezdara", "Нови Сад", "Subotica"]

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
rng = random.Random(13)
out = sys.stdout
out.write("Šifra;Ime;Prezime;Pol;Godina rođenja;Opština\n")
for i in range(n):
    out.write(f"BR-{i:06};{rng.choice(FIRST)};{rng.choice(LAST)};{rng.choice(GENDER)};{rng.randint(1940, 2009)};{rng.choice(PLACES)}\n")

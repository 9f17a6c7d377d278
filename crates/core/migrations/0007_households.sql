-- A household's members are looked up by their household: its page, and a distribution that
-- records one service per household to its first member.
CREATE INDEX beneficiaries_household ON beneficiaries(household_id);

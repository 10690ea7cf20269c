// Every graph node carries :Entity and its kind's label; ids are unique across kinds.
CREATE CONSTRAINT entity_id IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE

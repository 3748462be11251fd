package dev.claimex.ner;

/** Entity types, named as in CoreNLP, plus {@link #OUTLET} for news outlets and {@link #GROUP} for joint parties. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  COUNTRY,
  CITY,
  STATE_OR_PROVINCE,
  NATIONALITY,
  TITLE,
  /** A news outlet or wire service credited as a source: Reuters, AP, Al Jazeera, Le Monde, cnn.com. */
  OUTLET,
  /** Two or more parties named jointly: "both sides", "the two countries". */
  GROUP,
  MISC;

  /** Places of any granularity. */
  public boolean isPlace() {
    return this == LOCATION || this == COUNTRY || this == CITY || this == STATE_OR_PROVINCE;
  }

  /** Types whose mentions can say something: people, bodies, places standing for their governments, outlets. */
  public boolean canSpeak() {
    return this == PERSON || this == ORGANIZATION || this == OUTLET || this == GROUP || isPlace();
  }
}

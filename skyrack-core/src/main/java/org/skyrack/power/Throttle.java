package org.skyrack.power;

/** Why a satellite ran less compute than was asked of it over an interval. */
public enum Throttle {
    /** Compute ran as asked. */
    NONE,
    /** Array and battery together could not carry the load (battery at its floor or at its power limit). */
    POWER,
    /** The deck was at its maximum temperature: load held to what the radiator rejects there. */
    THERMAL
}

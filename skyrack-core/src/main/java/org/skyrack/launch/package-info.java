/**
 * Launch vehicles and (in later issues) manifests, campaigns and price learning curves.
 *
 * <p>The catalog {@code vehicles.csv} holds list prices and payloads from the providers' price
 * lists and press (each row names its source); {@code launch-price-history.csv}-style $/kg
 * figures come from the CSIS Aerospace Security Project.
 */
package org.skyrack.launch;

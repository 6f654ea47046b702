/**
 * Duty lists (履行职责事项清单) and the dispatch catalogue (派单目录) built on them: the category
 * catalogue of citizen demands ({@link org.shegong.duty.CategoryCatalogue}), each township's list of
 * basic, assisting and withdrawn items in numbered, immutable versions with an effective date
 * ({@link org.shegong.duty.DutyLists}), each village's admitted work list
 * ({@link org.shegong.duty.VillageWorkLists}), and the routing lookup the demand module asks for a
 * proposed lead unit with its reason ({@link org.shegong.duty.DispatchCatalogue}).
 * Depends on {@code region} and {@code identity}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Duty lists")
@org.jspecify.annotations.NullMarked
package org.shegong.duty;

/** Shanghai support desk: 09:00-12:00 and 13:30-18:00 on Chinese working days (use with core's CN_2026). */
export const shanghaiHours = {
  id: "cn-support",
  timeZone: "Asia/Shanghai",
  hours: [
    { from: "09:00", to: "12:00" },
    { from: "13:30", to: "18:00" },
  ],
};

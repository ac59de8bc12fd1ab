; ModuleID = 'every'
source_filename = "every"

@eic_grad_units = constant i64 513
@eic_gain_units = constant i64 5
@eic_gain_floats = constant i64 263680
@eic_model_fingerprint = constant i64 -4394176279248821905
@eic_knobs = global [63 x float] [float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00]
@perm0.plus = private constant [4 x i32] [i32 2, i32 0, i32 3, i32 1]
@perm0.minus = private constant [4 x i32] [i32 1, i32 2, i32 0, i32 3]

define void @eic_gains(ptr %params, ptr %gains, i64 %u0, i64 %u1, i64 %seed, i64 %instance, i32 %prec) {
entry:
  %bf16 = icmp eq i32 %prec, 1
  %0 = icmp sgt i64 %u0, 0
  %1 = select i1 %0, i64 %u0, i64 0
  %2 = icmp slt i64 %u1, 1
  %3 = select i1 %2, i64 %u1, i64 1
  %4 = icmp slt i64 %3, %1
  %5 = select i1 %4, i64 %1, i64 %3
  br label %loop

loop:                                             ; preds = %done7, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %done7 ]
  %6 = icmp slt i64 %i, %5
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = sub i64 %i, 0
  %8 = getelementptr float, ptr %params, i64 65536
  %9 = mul i64 %7, 256
  %10 = add i64 1024, %9
  %11 = getelementptr float, ptr %gains, i64 %10
  br label %loop1

done:                                             ; preds = %loop
  %12 = icmp sgt i64 %u0, 1
  %13 = select i1 %12, i64 %u0, i64 1
  %14 = icmp slt i64 %u1, 2
  %15 = select i1 %14, i64 %u1, i64 2
  %16 = icmp slt i64 %15, %13
  %17 = select i1 %16, i64 %13, i64 %15
  br label %loop13

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %18 = icmp slt i64 %i4, 256
  br i1 %18, label %body2, label %done3

body2:                                            ; preds = %loop1
  %19 = getelementptr float, ptr %11, i64 %i4
  store <8 x float> zeroinitializer, ptr %19, align 4
  %20 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %done11, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %34, %done11 ]
  %21 = icmp slt i64 %i8, 256
  br i1 %21, label %body6, label %done7

body6:                                            ; preds = %loop5
  %22 = mul i64 %7, 256
  %23 = add i64 %22, %i8
  %24 = mul i64 %23, 256
  %25 = getelementptr float, ptr %8, i64 %24
  br label %loop9

done7:                                            ; preds = %loop5
  %26 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %33, %body10 ]
  %27 = icmp slt i64 %i12, 256
  br i1 %27, label %body10, label %done11

body10:                                           ; preds = %loop9
  %28 = getelementptr float, ptr %11, i64 %i12
  %29 = getelementptr float, ptr %25, i64 %i12
  %30 = load <8 x float>, ptr %29, align 4
  %31 = load <8 x float>, ptr %28, align 4
  %32 = fadd <8 x float> %31, %30
  store <8 x float> %32, ptr %28, align 4
  %33 = add i64 %i12, 8
  br label %loop9

done11:                                           ; preds = %loop9
  %34 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %done23, %done
  %i16 = phi i64 [ %13, %done ], [ %55, %done23 ]
  %35 = icmp slt i64 %i16, %17
  br i1 %35, label %body14, label %done15

body14:                                           ; preds = %loop13
  %36 = sub i64 %i16, 1
  %37 = getelementptr float, ptr %params, i64 197904
  %38 = mul i64 %36, 256
  %39 = add i64 1280, %38
  %40 = getelementptr float, ptr %gains, i64 %39
  br label %loop17

done15:                                           ; preds = %loop13
  %41 = icmp sgt i64 %u0, 2
  %42 = select i1 %41, i64 %u0, i64 2
  %43 = icmp slt i64 %u1, 3
  %44 = select i1 %43, i64 %u1, i64 3
  %45 = icmp slt i64 %44, %42
  %46 = select i1 %45, i64 %42, i64 %44
  br label %loop29

loop17:                                           ; preds = %body18, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %49, %body18 ]
  %47 = icmp slt i64 %i20, 256
  br i1 %47, label %body18, label %done19

body18:                                           ; preds = %loop17
  %48 = getelementptr float, ptr %40, i64 %i20
  store <8 x float> zeroinitializer, ptr %48, align 4
  %49 = add i64 %i20, 8
  br label %loop17

done19:                                           ; preds = %loop17
  br label %loop21

loop21:                                           ; preds = %done27, %done19
  %i24 = phi i64 [ 0, %done19 ], [ %63, %done27 ]
  %50 = icmp slt i64 %i24, 256
  br i1 %50, label %body22, label %done23

body22:                                           ; preds = %loop21
  %51 = mul i64 %36, 256
  %52 = add i64 %51, %i24
  %53 = mul i64 %52, 256
  %54 = getelementptr float, ptr %37, i64 %53
  br label %loop25

done23:                                           ; preds = %loop21
  %55 = add i64 %i16, 1
  br label %loop13

loop25:                                           ; preds = %body26, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %62, %body26 ]
  %56 = icmp slt i64 %i28, 256
  br i1 %56, label %body26, label %done27

body26:                                           ; preds = %loop25
  %57 = getelementptr float, ptr %40, i64 %i28
  %58 = getelementptr float, ptr %54, i64 %i28
  %59 = load <8 x float>, ptr %58, align 4
  %60 = load <8 x float>, ptr %57, align 4
  %61 = fadd <8 x float> %60, %59
  store <8 x float> %61, ptr %57, align 4
  %62 = add i64 %i28, 8
  br label %loop25

done27:                                           ; preds = %loop25
  %63 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %done35, %done15
  %i32 = phi i64 [ %42, %done15 ], [ %77, %done35 ]
  %64 = icmp slt i64 %i32, %46
  br i1 %64, label %body30, label %done31

body30:                                           ; preds = %loop29
  %65 = sub i64 %i32, 2
  %66 = getelementptr float, ptr %params, i64 0
  %67 = getelementptr float, ptr %gains, i64 1536
  %68 = getelementptr float, ptr %gains, i64 132608
  %69 = mul i64 %65, 65536
  br label %loop33

done31:                                           ; preds = %loop29
  %70 = icmp sgt i64 %u0, 3
  %71 = select i1 %70, i64 %u0, i64 3
  %72 = icmp slt i64 %u1, 4
  %73 = select i1 %72, i64 %u1, i64 4
  %74 = icmp slt i64 %73, %71
  %75 = select i1 %74, i64 %71, i64 %73
  br label %loop41

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %279, %done39 ]
  %76 = icmp slt i64 %i36, 256
  br i1 %76, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  %77 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %join, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %288, %join ]
  %78 = icmp slt i64 %i40, 256
  br i1 %78, label %body38, label %done39

body38:                                           ; preds = %loop37
  %79 = add i64 %i36, 0
  %80 = mul i64 %79, 256
  %81 = add i64 %80, %i40
  %82 = add i64 %69, %81
  %83 = getelementptr float, ptr %66, i64 %82
  %84 = load <8 x float>, ptr %83, align 4
  %85 = bitcast <8 x float> %84 to <8 x i32>
  %86 = lshr <8 x i32> %85, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %87 = and <8 x i32> %86, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %88 = add <8 x i32> %87, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %89 = add <8 x i32> %85, %88
  %90 = fcmp uno <8 x float> %84, %84
  %91 = or <8 x i32> %85, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %92 = select <8 x i1> %90, <8 x i32> %91, <8 x i32> %89
  %93 = and <8 x i32> %92, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %94 = bitcast <8 x i32> %93 to <8 x float>
  %95 = select i1 %bf16, <8 x float> %94, <8 x float> %84
  %96 = add i64 %i36, 1
  %97 = mul i64 %96, 256
  %98 = add i64 %97, %i40
  %99 = add i64 %69, %98
  %100 = getelementptr float, ptr %66, i64 %99
  %101 = load <8 x float>, ptr %100, align 4
  %102 = bitcast <8 x float> %101 to <8 x i32>
  %103 = lshr <8 x i32> %102, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %104 = and <8 x i32> %103, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %105 = add <8 x i32> %104, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %106 = add <8 x i32> %102, %105
  %107 = fcmp uno <8 x float> %101, %101
  %108 = or <8 x i32> %102, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %109 = select <8 x i1> %107, <8 x i32> %108, <8 x i32> %106
  %110 = and <8 x i32> %109, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %111 = bitcast <8 x i32> %110 to <8 x float>
  %112 = select i1 %bf16, <8 x float> %111, <8 x float> %101
  %113 = add i64 %i36, 2
  %114 = mul i64 %113, 256
  %115 = add i64 %114, %i40
  %116 = add i64 %69, %115
  %117 = getelementptr float, ptr %66, i64 %116
  %118 = load <8 x float>, ptr %117, align 4
  %119 = bitcast <8 x float> %118 to <8 x i32>
  %120 = lshr <8 x i32> %119, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %121 = and <8 x i32> %120, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %122 = add <8 x i32> %121, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %123 = add <8 x i32> %119, %122
  %124 = fcmp uno <8 x float> %118, %118
  %125 = or <8 x i32> %119, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %126 = select <8 x i1> %124, <8 x i32> %125, <8 x i32> %123
  %127 = and <8 x i32> %126, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %128 = bitcast <8 x i32> %127 to <8 x float>
  %129 = select i1 %bf16, <8 x float> %128, <8 x float> %118
  %130 = add i64 %i36, 3
  %131 = mul i64 %130, 256
  %132 = add i64 %131, %i40
  %133 = add i64 %69, %132
  %134 = getelementptr float, ptr %66, i64 %133
  %135 = load <8 x float>, ptr %134, align 4
  %136 = bitcast <8 x float> %135 to <8 x i32>
  %137 = lshr <8 x i32> %136, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %138 = and <8 x i32> %137, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %139 = add <8 x i32> %138, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %140 = add <8 x i32> %136, %139
  %141 = fcmp uno <8 x float> %135, %135
  %142 = or <8 x i32> %136, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %143 = select <8 x i1> %141, <8 x i32> %142, <8 x i32> %140
  %144 = and <8 x i32> %143, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %145 = bitcast <8 x i32> %144 to <8 x float>
  %146 = select i1 %bf16, <8 x float> %145, <8 x float> %135
  %147 = add i64 %i36, 4
  %148 = mul i64 %147, 256
  %149 = add i64 %148, %i40
  %150 = add i64 %69, %149
  %151 = getelementptr float, ptr %66, i64 %150
  %152 = load <8 x float>, ptr %151, align 4
  %153 = bitcast <8 x float> %152 to <8 x i32>
  %154 = lshr <8 x i32> %153, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %155 = and <8 x i32> %154, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %156 = add <8 x i32> %155, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %157 = add <8 x i32> %153, %156
  %158 = fcmp uno <8 x float> %152, %152
  %159 = or <8 x i32> %153, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %160 = select <8 x i1> %158, <8 x i32> %159, <8 x i32> %157
  %161 = and <8 x i32> %160, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %162 = bitcast <8 x i32> %161 to <8 x float>
  %163 = select i1 %bf16, <8 x float> %162, <8 x float> %152
  %164 = add i64 %i36, 5
  %165 = mul i64 %164, 256
  %166 = add i64 %165, %i40
  %167 = add i64 %69, %166
  %168 = getelementptr float, ptr %66, i64 %167
  %169 = load <8 x float>, ptr %168, align 4
  %170 = bitcast <8 x float> %169 to <8 x i32>
  %171 = lshr <8 x i32> %170, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %172 = and <8 x i32> %171, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %173 = add <8 x i32> %172, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %174 = add <8 x i32> %170, %173
  %175 = fcmp uno <8 x float> %169, %169
  %176 = or <8 x i32> %170, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %177 = select <8 x i1> %175, <8 x i32> %176, <8 x i32> %174
  %178 = and <8 x i32> %177, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %179 = bitcast <8 x i32> %178 to <8 x float>
  %180 = select i1 %bf16, <8 x float> %179, <8 x float> %169
  %181 = add i64 %i36, 6
  %182 = mul i64 %181, 256
  %183 = add i64 %182, %i40
  %184 = add i64 %69, %183
  %185 = getelementptr float, ptr %66, i64 %184
  %186 = load <8 x float>, ptr %185, align 4
  %187 = bitcast <8 x float> %186 to <8 x i32>
  %188 = lshr <8 x i32> %187, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %189 = and <8 x i32> %188, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %190 = add <8 x i32> %189, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %191 = add <8 x i32> %187, %190
  %192 = fcmp uno <8 x float> %186, %186
  %193 = or <8 x i32> %187, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %194 = select <8 x i1> %192, <8 x i32> %193, <8 x i32> %191
  %195 = and <8 x i32> %194, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %196 = bitcast <8 x i32> %195 to <8 x float>
  %197 = select i1 %bf16, <8 x float> %196, <8 x float> %186
  %198 = add i64 %i36, 7
  %199 = mul i64 %198, 256
  %200 = add i64 %199, %i40
  %201 = add i64 %69, %200
  %202 = getelementptr float, ptr %66, i64 %201
  %203 = load <8 x float>, ptr %202, align 4
  %204 = bitcast <8 x float> %203 to <8 x i32>
  %205 = lshr <8 x i32> %204, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %206 = and <8 x i32> %205, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %207 = add <8 x i32> %206, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %208 = add <8 x i32> %204, %207
  %209 = fcmp uno <8 x float> %203, %203
  %210 = or <8 x i32> %204, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %211 = select <8 x i1> %209, <8 x i32> %210, <8 x i32> %208
  %212 = and <8 x i32> %211, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %213 = bitcast <8 x i32> %212 to <8 x float>
  %214 = select i1 %bf16, <8 x float> %213, <8 x float> %203
  %215 = shufflevector <8 x float> %95, <8 x float> %112, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %216 = shufflevector <8 x float> %95, <8 x float> %112, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %217 = shufflevector <8 x float> %129, <8 x float> %146, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %218 = shufflevector <8 x float> %129, <8 x float> %146, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %219 = shufflevector <8 x float> %215, <8 x float> %217, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %220 = shufflevector <8 x float> %215, <8 x float> %217, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %221 = shufflevector <8 x float> %216, <8 x float> %218, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %222 = shufflevector <8 x float> %216, <8 x float> %218, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %223 = shufflevector <8 x float> %163, <8 x float> %180, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %224 = shufflevector <8 x float> %163, <8 x float> %180, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %225 = shufflevector <8 x float> %197, <8 x float> %214, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %226 = shufflevector <8 x float> %197, <8 x float> %214, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %227 = shufflevector <8 x float> %223, <8 x float> %225, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %228 = shufflevector <8 x float> %223, <8 x float> %225, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %229 = shufflevector <8 x float> %224, <8 x float> %226, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %230 = shufflevector <8 x float> %224, <8 x float> %226, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %231 = shufflevector <8 x float> %219, <8 x float> %227, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %232 = shufflevector <8 x float> %219, <8 x float> %227, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %233 = shufflevector <8 x float> %220, <8 x float> %228, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %234 = shufflevector <8 x float> %220, <8 x float> %228, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %235 = shufflevector <8 x float> %221, <8 x float> %229, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %236 = shufflevector <8 x float> %221, <8 x float> %229, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %237 = shufflevector <8 x float> %222, <8 x float> %230, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %238 = shufflevector <8 x float> %222, <8 x float> %230, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %239 = add i64 %i40, 0
  %240 = mul i64 %239, 256
  %241 = add i64 %240, %i36
  %242 = add i64 %69, %241
  %243 = getelementptr float, ptr %67, i64 %242
  store <8 x float> %231, ptr %243, align 4
  %244 = add i64 %i40, 1
  %245 = mul i64 %244, 256
  %246 = add i64 %245, %i36
  %247 = add i64 %69, %246
  %248 = getelementptr float, ptr %67, i64 %247
  store <8 x float> %233, ptr %248, align 4
  %249 = add i64 %i40, 2
  %250 = mul i64 %249, 256
  %251 = add i64 %250, %i36
  %252 = add i64 %69, %251
  %253 = getelementptr float, ptr %67, i64 %252
  store <8 x float> %235, ptr %253, align 4
  %254 = add i64 %i40, 3
  %255 = mul i64 %254, 256
  %256 = add i64 %255, %i36
  %257 = add i64 %69, %256
  %258 = getelementptr float, ptr %67, i64 %257
  store <8 x float> %237, ptr %258, align 4
  %259 = add i64 %i40, 4
  %260 = mul i64 %259, 256
  %261 = add i64 %260, %i36
  %262 = add i64 %69, %261
  %263 = getelementptr float, ptr %67, i64 %262
  store <8 x float> %232, ptr %263, align 4
  %264 = add i64 %i40, 5
  %265 = mul i64 %264, 256
  %266 = add i64 %265, %i36
  %267 = add i64 %69, %266
  %268 = getelementptr float, ptr %67, i64 %267
  store <8 x float> %234, ptr %268, align 4
  %269 = add i64 %i40, 6
  %270 = mul i64 %269, 256
  %271 = add i64 %270, %i36
  %272 = add i64 %69, %271
  %273 = getelementptr float, ptr %67, i64 %272
  store <8 x float> %236, ptr %273, align 4
  %274 = add i64 %i40, 7
  %275 = mul i64 %274, 256
  %276 = add i64 %275, %i36
  %277 = add i64 %69, %276
  %278 = getelementptr float, ptr %67, i64 %277
  store <8 x float> %238, ptr %278, align 4
  br i1 %bf16, label %then, label %join

done39:                                           ; preds = %loop37
  %279 = add i64 %i36, 8
  br label %loop33

then:                                             ; preds = %body38
  %280 = getelementptr float, ptr %68, i64 %82
  store <8 x float> %95, ptr %280, align 4
  %281 = getelementptr float, ptr %68, i64 %99
  store <8 x float> %112, ptr %281, align 4
  %282 = getelementptr float, ptr %68, i64 %116
  store <8 x float> %129, ptr %282, align 4
  %283 = getelementptr float, ptr %68, i64 %133
  store <8 x float> %146, ptr %283, align 4
  %284 = getelementptr float, ptr %68, i64 %150
  store <8 x float> %163, ptr %284, align 4
  %285 = getelementptr float, ptr %68, i64 %167
  store <8 x float> %180, ptr %285, align 4
  %286 = getelementptr float, ptr %68, i64 %184
  store <8 x float> %197, ptr %286, align 4
  %287 = getelementptr float, ptr %68, i64 %201
  store <8 x float> %214, ptr %287, align 4
  br label %join

join:                                             ; preds = %then, %body38
  %288 = add i64 %i40, 8
  br label %loop37

loop41:                                           ; preds = %done47, %done31
  %i44 = phi i64 [ %71, %done31 ], [ %302, %done47 ]
  %289 = icmp slt i64 %i44, %75
  br i1 %289, label %body42, label %done43

body42:                                           ; preds = %loop41
  %290 = sub i64 %i44, 3
  %291 = getelementptr float, ptr %params, i64 132368
  %292 = getelementptr float, ptr %gains, i64 67072
  %293 = getelementptr float, ptr %gains, i64 198144
  %294 = mul i64 %290, 65536
  br label %loop45

done43:                                           ; preds = %loop41
  %295 = icmp sgt i64 %u0, 4
  %296 = select i1 %295, i64 %u0, i64 4
  %297 = icmp slt i64 %u1, 5
  %298 = select i1 %297, i64 %u1, i64 5
  %299 = icmp slt i64 %298, %296
  %300 = select i1 %299, i64 %296, i64 %298
  br label %loop55

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ 0, %body42 ], [ %504, %done51 ]
  %301 = icmp slt i64 %i48, 256
  br i1 %301, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  %302 = add i64 %i44, 1
  br label %loop41

loop49:                                           ; preds = %join54, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %513, %join54 ]
  %303 = icmp slt i64 %i52, 256
  br i1 %303, label %body50, label %done51

body50:                                           ; preds = %loop49
  %304 = add i64 %i48, 0
  %305 = mul i64 %304, 256
  %306 = add i64 %305, %i52
  %307 = add i64 %294, %306
  %308 = getelementptr float, ptr %291, i64 %307
  %309 = load <8 x float>, ptr %308, align 4
  %310 = bitcast <8 x float> %309 to <8 x i32>
  %311 = lshr <8 x i32> %310, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %312 = and <8 x i32> %311, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %313 = add <8 x i32> %312, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %314 = add <8 x i32> %310, %313
  %315 = fcmp uno <8 x float> %309, %309
  %316 = or <8 x i32> %310, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %317 = select <8 x i1> %315, <8 x i32> %316, <8 x i32> %314
  %318 = and <8 x i32> %317, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %319 = bitcast <8 x i32> %318 to <8 x float>
  %320 = select i1 %bf16, <8 x float> %319, <8 x float> %309
  %321 = add i64 %i48, 1
  %322 = mul i64 %321, 256
  %323 = add i64 %322, %i52
  %324 = add i64 %294, %323
  %325 = getelementptr float, ptr %291, i64 %324
  %326 = load <8 x float>, ptr %325, align 4
  %327 = bitcast <8 x float> %326 to <8 x i32>
  %328 = lshr <8 x i32> %327, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %329 = and <8 x i32> %328, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %330 = add <8 x i32> %329, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %331 = add <8 x i32> %327, %330
  %332 = fcmp uno <8 x float> %326, %326
  %333 = or <8 x i32> %327, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %334 = select <8 x i1> %332, <8 x i32> %333, <8 x i32> %331
  %335 = and <8 x i32> %334, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %336 = bitcast <8 x i32> %335 to <8 x float>
  %337 = select i1 %bf16, <8 x float> %336, <8 x float> %326
  %338 = add i64 %i48, 2
  %339 = mul i64 %338, 256
  %340 = add i64 %339, %i52
  %341 = add i64 %294, %340
  %342 = getelementptr float, ptr %291, i64 %341
  %343 = load <8 x float>, ptr %342, align 4
  %344 = bitcast <8 x float> %343 to <8 x i32>
  %345 = lshr <8 x i32> %344, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %346 = and <8 x i32> %345, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %347 = add <8 x i32> %346, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %348 = add <8 x i32> %344, %347
  %349 = fcmp uno <8 x float> %343, %343
  %350 = or <8 x i32> %344, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %351 = select <8 x i1> %349, <8 x i32> %350, <8 x i32> %348
  %352 = and <8 x i32> %351, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %353 = bitcast <8 x i32> %352 to <8 x float>
  %354 = select i1 %bf16, <8 x float> %353, <8 x float> %343
  %355 = add i64 %i48, 3
  %356 = mul i64 %355, 256
  %357 = add i64 %356, %i52
  %358 = add i64 %294, %357
  %359 = getelementptr float, ptr %291, i64 %358
  %360 = load <8 x float>, ptr %359, align 4
  %361 = bitcast <8 x float> %360 to <8 x i32>
  %362 = lshr <8 x i32> %361, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %363 = and <8 x i32> %362, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %364 = add <8 x i32> %363, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %365 = add <8 x i32> %361, %364
  %366 = fcmp uno <8 x float> %360, %360
  %367 = or <8 x i32> %361, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %368 = select <8 x i1> %366, <8 x i32> %367, <8 x i32> %365
  %369 = and <8 x i32> %368, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %370 = bitcast <8 x i32> %369 to <8 x float>
  %371 = select i1 %bf16, <8 x float> %370, <8 x float> %360
  %372 = add i64 %i48, 4
  %373 = mul i64 %372, 256
  %374 = add i64 %373, %i52
  %375 = add i64 %294, %374
  %376 = getelementptr float, ptr %291, i64 %375
  %377 = load <8 x float>, ptr %376, align 4
  %378 = bitcast <8 x float> %377 to <8 x i32>
  %379 = lshr <8 x i32> %378, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %380 = and <8 x i32> %379, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %381 = add <8 x i32> %380, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %382 = add <8 x i32> %378, %381
  %383 = fcmp uno <8 x float> %377, %377
  %384 = or <8 x i32> %378, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %385 = select <8 x i1> %383, <8 x i32> %384, <8 x i32> %382
  %386 = and <8 x i32> %385, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %387 = bitcast <8 x i32> %386 to <8 x float>
  %388 = select i1 %bf16, <8 x float> %387, <8 x float> %377
  %389 = add i64 %i48, 5
  %390 = mul i64 %389, 256
  %391 = add i64 %390, %i52
  %392 = add i64 %294, %391
  %393 = getelementptr float, ptr %291, i64 %392
  %394 = load <8 x float>, ptr %393, align 4
  %395 = bitcast <8 x float> %394 to <8 x i32>
  %396 = lshr <8 x i32> %395, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %397 = and <8 x i32> %396, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %398 = add <8 x i32> %397, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %399 = add <8 x i32> %395, %398
  %400 = fcmp uno <8 x float> %394, %394
  %401 = or <8 x i32> %395, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %402 = select <8 x i1> %400, <8 x i32> %401, <8 x i32> %399
  %403 = and <8 x i32> %402, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %404 = bitcast <8 x i32> %403 to <8 x float>
  %405 = select i1 %bf16, <8 x float> %404, <8 x float> %394
  %406 = add i64 %i48, 6
  %407 = mul i64 %406, 256
  %408 = add i64 %407, %i52
  %409 = add i64 %294, %408
  %410 = getelementptr float, ptr %291, i64 %409
  %411 = load <8 x float>, ptr %410, align 4
  %412 = bitcast <8 x float> %411 to <8 x i32>
  %413 = lshr <8 x i32> %412, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %414 = and <8 x i32> %413, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %415 = add <8 x i32> %414, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %416 = add <8 x i32> %412, %415
  %417 = fcmp uno <8 x float> %411, %411
  %418 = or <8 x i32> %412, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %419 = select <8 x i1> %417, <8 x i32> %418, <8 x i32> %416
  %420 = and <8 x i32> %419, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %421 = bitcast <8 x i32> %420 to <8 x float>
  %422 = select i1 %bf16, <8 x float> %421, <8 x float> %411
  %423 = add i64 %i48, 7
  %424 = mul i64 %423, 256
  %425 = add i64 %424, %i52
  %426 = add i64 %294, %425
  %427 = getelementptr float, ptr %291, i64 %426
  %428 = load <8 x float>, ptr %427, align 4
  %429 = bitcast <8 x float> %428 to <8 x i32>
  %430 = lshr <8 x i32> %429, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %431 = and <8 x i32> %430, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %432 = add <8 x i32> %431, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %433 = add <8 x i32> %429, %432
  %434 = fcmp uno <8 x float> %428, %428
  %435 = or <8 x i32> %429, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %436 = select <8 x i1> %434, <8 x i32> %435, <8 x i32> %433
  %437 = and <8 x i32> %436, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %438 = bitcast <8 x i32> %437 to <8 x float>
  %439 = select i1 %bf16, <8 x float> %438, <8 x float> %428
  %440 = shufflevector <8 x float> %320, <8 x float> %337, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %441 = shufflevector <8 x float> %320, <8 x float> %337, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %442 = shufflevector <8 x float> %354, <8 x float> %371, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %443 = shufflevector <8 x float> %354, <8 x float> %371, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %444 = shufflevector <8 x float> %440, <8 x float> %442, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %445 = shufflevector <8 x float> %440, <8 x float> %442, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %446 = shufflevector <8 x float> %441, <8 x float> %443, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %447 = shufflevector <8 x float> %441, <8 x float> %443, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %448 = shufflevector <8 x float> %388, <8 x float> %405, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %449 = shufflevector <8 x float> %388, <8 x float> %405, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %450 = shufflevector <8 x float> %422, <8 x float> %439, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %451 = shufflevector <8 x float> %422, <8 x float> %439, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %452 = shufflevector <8 x float> %448, <8 x float> %450, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %453 = shufflevector <8 x float> %448, <8 x float> %450, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %454 = shufflevector <8 x float> %449, <8 x float> %451, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %455 = shufflevector <8 x float> %449, <8 x float> %451, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %456 = shufflevector <8 x float> %444, <8 x float> %452, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %457 = shufflevector <8 x float> %444, <8 x float> %452, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %458 = shufflevector <8 x float> %445, <8 x float> %453, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %459 = shufflevector <8 x float> %445, <8 x float> %453, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %460 = shufflevector <8 x float> %446, <8 x float> %454, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %461 = shufflevector <8 x float> %446, <8 x float> %454, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %462 = shufflevector <8 x float> %447, <8 x float> %455, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %463 = shufflevector <8 x float> %447, <8 x float> %455, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %464 = add i64 %i52, 0
  %465 = mul i64 %464, 256
  %466 = add i64 %465, %i48
  %467 = add i64 %294, %466
  %468 = getelementptr float, ptr %292, i64 %467
  store <8 x float> %456, ptr %468, align 4
  %469 = add i64 %i52, 1
  %470 = mul i64 %469, 256
  %471 = add i64 %470, %i48
  %472 = add i64 %294, %471
  %473 = getelementptr float, ptr %292, i64 %472
  store <8 x float> %458, ptr %473, align 4
  %474 = add i64 %i52, 2
  %475 = mul i64 %474, 256
  %476 = add i64 %475, %i48
  %477 = add i64 %294, %476
  %478 = getelementptr float, ptr %292, i64 %477
  store <8 x float> %460, ptr %478, align 4
  %479 = add i64 %i52, 3
  %480 = mul i64 %479, 256
  %481 = add i64 %480, %i48
  %482 = add i64 %294, %481
  %483 = getelementptr float, ptr %292, i64 %482
  store <8 x float> %462, ptr %483, align 4
  %484 = add i64 %i52, 4
  %485 = mul i64 %484, 256
  %486 = add i64 %485, %i48
  %487 = add i64 %294, %486
  %488 = getelementptr float, ptr %292, i64 %487
  store <8 x float> %457, ptr %488, align 4
  %489 = add i64 %i52, 5
  %490 = mul i64 %489, 256
  %491 = add i64 %490, %i48
  %492 = add i64 %294, %491
  %493 = getelementptr float, ptr %292, i64 %492
  store <8 x float> %459, ptr %493, align 4
  %494 = add i64 %i52, 6
  %495 = mul i64 %494, 256
  %496 = add i64 %495, %i48
  %497 = add i64 %294, %496
  %498 = getelementptr float, ptr %292, i64 %497
  store <8 x float> %461, ptr %498, align 4
  %499 = add i64 %i52, 7
  %500 = mul i64 %499, 256
  %501 = add i64 %500, %i48
  %502 = add i64 %294, %501
  %503 = getelementptr float, ptr %292, i64 %502
  store <8 x float> %463, ptr %503, align 4
  br i1 %bf16, label %then53, label %join54

done51:                                           ; preds = %loop49
  %504 = add i64 %i48, 8
  br label %loop45

then53:                                           ; preds = %body50
  %505 = getelementptr float, ptr %293, i64 %307
  store <8 x float> %320, ptr %505, align 4
  %506 = getelementptr float, ptr %293, i64 %324
  store <8 x float> %337, ptr %506, align 4
  %507 = getelementptr float, ptr %293, i64 %341
  store <8 x float> %354, ptr %507, align 4
  %508 = getelementptr float, ptr %293, i64 %358
  store <8 x float> %371, ptr %508, align 4
  %509 = getelementptr float, ptr %293, i64 %375
  store <8 x float> %388, ptr %509, align 4
  %510 = getelementptr float, ptr %293, i64 %392
  store <8 x float> %405, ptr %510, align 4
  %511 = getelementptr float, ptr %293, i64 %409
  store <8 x float> %422, ptr %511, align 4
  %512 = getelementptr float, ptr %293, i64 %426
  store <8 x float> %439, ptr %512, align 4
  br label %join54

join54:                                           ; preds = %then53, %body50
  %513 = add i64 %i52, 8
  br label %loop49

loop55:                                           ; preds = %done61, %done43
  %i58 = phi i64 [ %296, %done43 ], [ %547, %done61 ]
  %514 = icmp slt i64 %i58, %300
  br i1 %514, label %body56, label %done57

body56:                                           ; preds = %loop55
  %515 = sub i64 %i58, 4
  %516 = getelementptr float, ptr %params, i64 131072
  %517 = add i64 %515, 1
  %518 = mul i64 %517, 256
  %519 = mul i64 %515, 256
  br label %loop59

done57:                                           ; preds = %loop55
  ret void

loop59:                                           ; preds = %body60, %body56
  %i62 = phi i64 [ %519, %body56 ], [ %546, %body60 ]
  %520 = icmp slt i64 %i62, %518
  br i1 %520, label %body60, label %done61

body60:                                           ; preds = %loop59
  %521 = getelementptr float, ptr %516, i64 768
  %522 = getelementptr float, ptr %521, i64 %i62
  %523 = load <8 x float>, ptr %522, align 4
  %524 = getelementptr float, ptr %516, i64 512
  %525 = getelementptr float, ptr %524, i64 %i62
  %526 = load <8 x float>, ptr %525, align 4
  %527 = getelementptr float, ptr %params, i64 131072
  %528 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %523, <8 x float> zeroinitializer)
  %529 = fadd <8 x float> %528, <float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000>
  %530 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %529)
  %531 = getelementptr float, ptr %527, i64 0
  %532 = getelementptr float, ptr %531, i64 %i62
  %533 = load <8 x float>, ptr %532, align 4
  %534 = fdiv <8 x float> %533, %530
  %535 = fmul <8 x float> %534, %526
  %536 = getelementptr float, ptr %527, i64 256
  %537 = getelementptr float, ptr %536, i64 %i62
  %538 = load <8 x float>, ptr %537, align 4
  %539 = fsub <8 x float> %538, %535
  %540 = getelementptr float, ptr %gains, i64 0
  %541 = getelementptr float, ptr %540, i64 0
  %542 = getelementptr float, ptr %541, i64 %i62
  store <8 x float> %534, ptr %542, align 4
  %543 = getelementptr float, ptr %gains, i64 0
  %544 = getelementptr float, ptr %543, i64 256
  %545 = getelementptr float, ptr %544, i64 %i62
  store <8 x float> %539, ptr %545, align 4
  %546 = add i64 %i62, 8
  br label %loop59

done61:                                           ; preds = %loop59
  %547 = add i64 %i58, 1
  br label %loop55
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.sqrt.v8f32(<8 x float>) #0

define void @eic_forward(ptr %params, ptr %gains, ptr %acts, i64 %b0, i64 %b1, i64 %seed, i64 %step, i64 %first, float %sigma, i32 %prec, i32 %train, i32 %s0, i32 %s1) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca float, align 4
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca <8 x float>, align 32
  %32 = alloca <8 x float>, align 32
  %33 = alloca <8 x float>, align 32
  %34 = alloca <8 x float>, align 32
  %35 = alloca <8 x float>, align 32
  %36 = alloca <8 x float>, align 32
  %37 = alloca <8 x float>, align 32
  %38 = alloca <8 x float>, align 32
  %bf16 = icmp eq i32 %prec, 1
  %train1 = icmp ne i32 %train, 0
  %39 = icmp ult i32 0, %s1
  %40 = icmp ule i32 %s0, 0
  %41 = and i1 %40, %39
  br i1 %41, label %then, label %join

then:                                             ; preds = %entry
  br label %join

join:                                             ; preds = %then, %entry
  %42 = icmp ult i32 1, %s1
  %43 = icmp ule i32 %s0, 1
  %44 = and i1 %43, %42
  br i1 %44, label %then2, label %join3

then2:                                            ; preds = %join
  br i1 %bf16, label %then4, label %join5

join3:                                            ; preds = %done12, %join
  %45 = icmp ult i32 2, %s1
  %46 = icmp ule i32 %s0, 2
  %47 = and i1 %46, %45
  br i1 %47, label %then78, label %join79

then4:                                            ; preds = %then2
  br label %loop

join5:                                            ; preds = %done, %then2
  br label %loop10

loop:                                             ; preds = %done8, %then4
  %i = phi i64 [ %b0, %then4 ], [ %66, %done8 ]
  %48 = icmp slt i64 %i, %b1
  br i1 %48, label %body, label %done

body:                                             ; preds = %loop
  %49 = mul i64 %i, 2064
  %50 = add i64 %49, 0
  %51 = getelementptr float, ptr %acts, i64 %50
  br label %loop6

done:                                             ; preds = %loop
  br label %join5

loop6:                                            ; preds = %body7, %body
  %i9 = phi i64 [ 0, %body ], [ %65, %body7 ]
  %52 = icmp slt i64 %i9, 256
  br i1 %52, label %body7, label %done8

body7:                                            ; preds = %loop6
  %53 = getelementptr float, ptr %51, i64 %i9
  %54 = load <8 x float>, ptr %53, align 4
  %55 = bitcast <8 x float> %54 to <8 x i32>
  %56 = lshr <8 x i32> %55, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %57 = and <8 x i32> %56, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %58 = add <8 x i32> %57, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %59 = add <8 x i32> %55, %58
  %60 = fcmp uno <8 x float> %54, %54
  %61 = or <8 x i32> %55, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %62 = select <8 x i1> %60, <8 x i32> %61, <8 x i32> %59
  %63 = and <8 x i32> %62, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %64 = bitcast <8 x i32> %63 to <8 x float>
  store <8 x float> %64, ptr %53, align 4
  %65 = add i64 %i9, 8
  br label %loop6

done8:                                            ; preds = %loop6
  %66 = add i64 %i, 1
  br label %loop

loop10:                                           ; preds = %done16, %join5
  %i13 = phi i64 [ 0, %join5 ], [ %90, %done16 ]
  %67 = icmp slt i64 %i13, 1
  br i1 %67, label %body11, label %done12

body11:                                           ; preds = %loop10
  br label %loop14

done12:                                           ; preds = %loop10
  br label %join3

loop14:                                           ; preds = %done72, %body11
  %i17 = phi i64 [ 0, %body11 ], [ %519, %done72 ]
  %68 = icmp slt i64 %i17, 1
  br i1 %68, label %body15, label %done16

body15:                                           ; preds = %loop14
  %69 = mul i64 %i13, 1
  %70 = add i64 %69, %i17
  %71 = mul i64 %70, 65536
  %72 = add i64 1536, %71
  %73 = getelementptr float, ptr %gains, i64 %72
  %74 = sub i64 %b1, %b0
  %75 = sdiv i64 %74, 6
  %76 = mul i64 %75, 6
  %77 = add i64 %b0, %76
  %78 = sub i64 %b1, %77
  %79 = and i64 %78, -2
  %80 = add i64 %77, %79
  %81 = mul i64 %i13, 256
  %82 = sub i64 256, %81
  %83 = call i64 @llvm.smin.i64(i64 %82, i64 256)
  %84 = call i64 @llvm.smax.i64(i64 %83, i64 0)
  %85 = insertelement <8 x i64> undef, i64 %84, i32 0
  %86 = shufflevector <8 x i64> %85, <8 x i64> undef, <8 x i32> zeroinitializer
  %87 = add i64 %84, 15
  %88 = udiv i64 %87, 16
  %89 = mul i64 %88, 16
  br label %loop18

done16:                                           ; preds = %loop14
  %90 = add i64 %i13, 1
  br label %loop10

loop18:                                           ; preds = %done24, %body15
  %i21 = phi i64 [ 0, %body15 ], [ %133, %done24 ]
  %91 = icmp slt i64 %i21, %89
  br i1 %91, label %body19, label %done20

body19:                                           ; preds = %loop18
  br label %loop22

done20:                                           ; preds = %loop18
  br label %loop30

loop22:                                           ; preds = %done28, %body19
  %i25 = phi i64 [ %b0, %body19 ], [ %332, %done28 ]
  %92 = icmp slt i64 %i25, %77
  br i1 %92, label %body23, label %done24

body23:                                           ; preds = %loop22
  %93 = mul i64 %i17, 256
  %94 = add i64 %i25, 0
  %95 = mul i64 %94, 2064
  %96 = add i64 %95, 0
  %97 = getelementptr float, ptr %acts, i64 %96
  %98 = getelementptr float, ptr %97, i64 %93
  store <8 x float> zeroinitializer, ptr %38, align 32
  store <8 x float> zeroinitializer, ptr %37, align 32
  %99 = mul i64 %i17, 256
  %100 = add i64 %i25, 1
  %101 = mul i64 %100, 2064
  %102 = add i64 %101, 0
  %103 = getelementptr float, ptr %acts, i64 %102
  %104 = getelementptr float, ptr %103, i64 %99
  store <8 x float> zeroinitializer, ptr %36, align 32
  store <8 x float> zeroinitializer, ptr %35, align 32
  %105 = mul i64 %i17, 256
  %106 = add i64 %i25, 2
  %107 = mul i64 %106, 2064
  %108 = add i64 %107, 0
  %109 = getelementptr float, ptr %acts, i64 %108
  %110 = getelementptr float, ptr %109, i64 %105
  store <8 x float> zeroinitializer, ptr %34, align 32
  store <8 x float> zeroinitializer, ptr %33, align 32
  %111 = mul i64 %i17, 256
  %112 = add i64 %i25, 3
  %113 = mul i64 %112, 2064
  %114 = add i64 %113, 0
  %115 = getelementptr float, ptr %acts, i64 %114
  %116 = getelementptr float, ptr %115, i64 %111
  store <8 x float> zeroinitializer, ptr %32, align 32
  store <8 x float> zeroinitializer, ptr %31, align 32
  %117 = mul i64 %i17, 256
  %118 = add i64 %i25, 4
  %119 = mul i64 %118, 2064
  %120 = add i64 %119, 0
  %121 = getelementptr float, ptr %acts, i64 %120
  %122 = getelementptr float, ptr %121, i64 %117
  store <8 x float> zeroinitializer, ptr %30, align 32
  store <8 x float> zeroinitializer, ptr %29, align 32
  %123 = mul i64 %i17, 256
  %124 = add i64 %i25, 5
  %125 = mul i64 %124, 2064
  %126 = add i64 %125, 0
  %127 = getelementptr float, ptr %acts, i64 %126
  %128 = getelementptr float, ptr %127, i64 %123
  store <8 x float> zeroinitializer, ptr %28, align 32
  store <8 x float> zeroinitializer, ptr %27, align 32
  %129 = mul i64 %i17, 256
  %130 = sub i64 256, %129
  %131 = call i64 @llvm.smin.i64(i64 %130, i64 256)
  %132 = call i64 @llvm.smax.i64(i64 %131, i64 0)
  br label %loop26

done24:                                           ; preds = %loop22
  %133 = add i64 %i21, 16
  br label %loop18

loop26:                                           ; preds = %body27, %body23
  %i29 = phi i64 [ 0, %body23 ], [ %193, %body27 ]
  %134 = icmp slt i64 %i29, %132
  br i1 %134, label %body27, label %done28

body27:                                           ; preds = %loop26
  %135 = add i64 %i21, 0
  %136 = mul i64 %i29, 256
  %137 = add i64 %136, %135
  %138 = getelementptr float, ptr %73, i64 %137
  %139 = load <8 x float>, ptr %138, align 4
  %140 = add i64 %i21, 8
  %141 = mul i64 %i29, 256
  %142 = add i64 %141, %140
  %143 = getelementptr float, ptr %73, i64 %142
  %144 = load <8 x float>, ptr %143, align 4
  %145 = getelementptr float, ptr %98, i64 %i29
  %146 = load float, ptr %145, align 4
  %147 = insertelement <8 x float> undef, float %146, i32 0
  %148 = shufflevector <8 x float> %147, <8 x float> undef, <8 x i32> zeroinitializer
  %149 = load <8 x float>, ptr %38, align 32
  %150 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %148, <8 x float> %139, <8 x float> %149)
  store <8 x float> %150, ptr %38, align 32
  %151 = load <8 x float>, ptr %37, align 32
  %152 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %148, <8 x float> %144, <8 x float> %151)
  store <8 x float> %152, ptr %37, align 32
  %153 = getelementptr float, ptr %104, i64 %i29
  %154 = load float, ptr %153, align 4
  %155 = insertelement <8 x float> undef, float %154, i32 0
  %156 = shufflevector <8 x float> %155, <8 x float> undef, <8 x i32> zeroinitializer
  %157 = load <8 x float>, ptr %36, align 32
  %158 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %156, <8 x float> %139, <8 x float> %157)
  store <8 x float> %158, ptr %36, align 32
  %159 = load <8 x float>, ptr %35, align 32
  %160 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %156, <8 x float> %144, <8 x float> %159)
  store <8 x float> %160, ptr %35, align 32
  %161 = getelementptr float, ptr %110, i64 %i29
  %162 = load float, ptr %161, align 4
  %163 = insertelement <8 x float> undef, float %162, i32 0
  %164 = shufflevector <8 x float> %163, <8 x float> undef, <8 x i32> zeroinitializer
  %165 = load <8 x float>, ptr %34, align 32
  %166 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %164, <8 x float> %139, <8 x float> %165)
  store <8 x float> %166, ptr %34, align 32
  %167 = load <8 x float>, ptr %33, align 32
  %168 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %164, <8 x float> %144, <8 x float> %167)
  store <8 x float> %168, ptr %33, align 32
  %169 = getelementptr float, ptr %116, i64 %i29
  %170 = load float, ptr %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i32 0
  %172 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %173 = load <8 x float>, ptr %32, align 32
  %174 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %172, <8 x float> %139, <8 x float> %173)
  store <8 x float> %174, ptr %32, align 32
  %175 = load <8 x float>, ptr %31, align 32
  %176 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %172, <8 x float> %144, <8 x float> %175)
  store <8 x float> %176, ptr %31, align 32
  %177 = getelementptr float, ptr %122, i64 %i29
  %178 = load float, ptr %177, align 4
  %179 = insertelement <8 x float> undef, float %178, i32 0
  %180 = shufflevector <8 x float> %179, <8 x float> undef, <8 x i32> zeroinitializer
  %181 = load <8 x float>, ptr %30, align 32
  %182 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %180, <8 x float> %139, <8 x float> %181)
  store <8 x float> %182, ptr %30, align 32
  %183 = load <8 x float>, ptr %29, align 32
  %184 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %180, <8 x float> %144, <8 x float> %183)
  store <8 x float> %184, ptr %29, align 32
  %185 = getelementptr float, ptr %128, i64 %i29
  %186 = load float, ptr %185, align 4
  %187 = insertelement <8 x float> undef, float %186, i32 0
  %188 = shufflevector <8 x float> %187, <8 x float> undef, <8 x i32> zeroinitializer
  %189 = load <8 x float>, ptr %28, align 32
  %190 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %188, <8 x float> %139, <8 x float> %189)
  store <8 x float> %190, ptr %28, align 32
  %191 = load <8 x float>, ptr %27, align 32
  %192 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %188, <8 x float> %144, <8 x float> %191)
  store <8 x float> %192, ptr %27, align 32
  %193 = add i64 %i29, 1
  br label %loop26

done28:                                           ; preds = %loop26
  %194 = mul i64 %70, 256
  %195 = add i64 %194, %i21
  %196 = add i64 %i25, 0
  %197 = mul i64 %196, 2064
  %198 = add i64 %197, 256
  %199 = getelementptr float, ptr %acts, i64 %198
  %200 = getelementptr float, ptr %199, i64 %195
  %201 = getelementptr float, ptr %200, i64 0
  %202 = load <8 x float>, ptr %38, align 32
  %203 = add i64 %i21, 0
  %204 = insertelement <8 x i64> undef, i64 %203, i32 0
  %205 = shufflevector <8 x i64> %204, <8 x i64> undef, <8 x i32> zeroinitializer
  %206 = add <8 x i64> %205, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %207 = icmp slt <8 x i64> %206, %86
  %208 = select <8 x i1> %207, <8 x float> %202, <8 x float> zeroinitializer
  store <8 x float> %208, ptr %201, align 4
  %209 = getelementptr float, ptr %200, i64 8
  %210 = load <8 x float>, ptr %37, align 32
  %211 = add i64 %i21, 8
  %212 = insertelement <8 x i64> undef, i64 %211, i32 0
  %213 = shufflevector <8 x i64> %212, <8 x i64> undef, <8 x i32> zeroinitializer
  %214 = add <8 x i64> %213, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %215 = icmp slt <8 x i64> %214, %86
  %216 = select <8 x i1> %215, <8 x float> %210, <8 x float> zeroinitializer
  store <8 x float> %216, ptr %209, align 4
  %217 = mul i64 %70, 256
  %218 = add i64 %217, %i21
  %219 = add i64 %i25, 1
  %220 = mul i64 %219, 2064
  %221 = add i64 %220, 256
  %222 = getelementptr float, ptr %acts, i64 %221
  %223 = getelementptr float, ptr %222, i64 %218
  %224 = getelementptr float, ptr %223, i64 0
  %225 = load <8 x float>, ptr %36, align 32
  %226 = add i64 %i21, 0
  %227 = insertelement <8 x i64> undef, i64 %226, i32 0
  %228 = shufflevector <8 x i64> %227, <8 x i64> undef, <8 x i32> zeroinitializer
  %229 = add <8 x i64> %228, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %230 = icmp slt <8 x i64> %229, %86
  %231 = select <8 x i1> %230, <8 x float> %225, <8 x float> zeroinitializer
  store <8 x float> %231, ptr %224, align 4
  %232 = getelementptr float, ptr %223, i64 8
  %233 = load <8 x float>, ptr %35, align 32
  %234 = add i64 %i21, 8
  %235 = insertelement <8 x i64> undef, i64 %234, i32 0
  %236 = shufflevector <8 x i64> %235, <8 x i64> undef, <8 x i32> zeroinitializer
  %237 = add <8 x i64> %236, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %238 = icmp slt <8 x i64> %237, %86
  %239 = select <8 x i1> %238, <8 x float> %233, <8 x float> zeroinitializer
  store <8 x float> %239, ptr %232, align 4
  %240 = mul i64 %70, 256
  %241 = add i64 %240, %i21
  %242 = add i64 %i25, 2
  %243 = mul i64 %242, 2064
  %244 = add i64 %243, 256
  %245 = getelementptr float, ptr %acts, i64 %244
  %246 = getelementptr float, ptr %245, i64 %241
  %247 = getelementptr float, ptr %246, i64 0
  %248 = load <8 x float>, ptr %34, align 32
  %249 = add i64 %i21, 0
  %250 = insertelement <8 x i64> undef, i64 %249, i32 0
  %251 = shufflevector <8 x i64> %250, <8 x i64> undef, <8 x i32> zeroinitializer
  %252 = add <8 x i64> %251, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %253 = icmp slt <8 x i64> %252, %86
  %254 = select <8 x i1> %253, <8 x float> %248, <8 x float> zeroinitializer
  store <8 x float> %254, ptr %247, align 4
  %255 = getelementptr float, ptr %246, i64 8
  %256 = load <8 x float>, ptr %33, align 32
  %257 = add i64 %i21, 8
  %258 = insertelement <8 x i64> undef, i64 %257, i32 0
  %259 = shufflevector <8 x i64> %258, <8 x i64> undef, <8 x i32> zeroinitializer
  %260 = add <8 x i64> %259, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %261 = icmp slt <8 x i64> %260, %86
  %262 = select <8 x i1> %261, <8 x float> %256, <8 x float> zeroinitializer
  store <8 x float> %262, ptr %255, align 4
  %263 = mul i64 %70, 256
  %264 = add i64 %263, %i21
  %265 = add i64 %i25, 3
  %266 = mul i64 %265, 2064
  %267 = add i64 %266, 256
  %268 = getelementptr float, ptr %acts, i64 %267
  %269 = getelementptr float, ptr %268, i64 %264
  %270 = getelementptr float, ptr %269, i64 0
  %271 = load <8 x float>, ptr %32, align 32
  %272 = add i64 %i21, 0
  %273 = insertelement <8 x i64> undef, i64 %272, i32 0
  %274 = shufflevector <8 x i64> %273, <8 x i64> undef, <8 x i32> zeroinitializer
  %275 = add <8 x i64> %274, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %276 = icmp slt <8 x i64> %275, %86
  %277 = select <8 x i1> %276, <8 x float> %271, <8 x float> zeroinitializer
  store <8 x float> %277, ptr %270, align 4
  %278 = getelementptr float, ptr %269, i64 8
  %279 = load <8 x float>, ptr %31, align 32
  %280 = add i64 %i21, 8
  %281 = insertelement <8 x i64> undef, i64 %280, i32 0
  %282 = shufflevector <8 x i64> %281, <8 x i64> undef, <8 x i32> zeroinitializer
  %283 = add <8 x i64> %282, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %284 = icmp slt <8 x i64> %283, %86
  %285 = select <8 x i1> %284, <8 x float> %279, <8 x float> zeroinitializer
  store <8 x float> %285, ptr %278, align 4
  %286 = mul i64 %70, 256
  %287 = add i64 %286, %i21
  %288 = add i64 %i25, 4
  %289 = mul i64 %288, 2064
  %290 = add i64 %289, 256
  %291 = getelementptr float, ptr %acts, i64 %290
  %292 = getelementptr float, ptr %291, i64 %287
  %293 = getelementptr float, ptr %292, i64 0
  %294 = load <8 x float>, ptr %30, align 32
  %295 = add i64 %i21, 0
  %296 = insertelement <8 x i64> undef, i64 %295, i32 0
  %297 = shufflevector <8 x i64> %296, <8 x i64> undef, <8 x i32> zeroinitializer
  %298 = add <8 x i64> %297, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %299 = icmp slt <8 x i64> %298, %86
  %300 = select <8 x i1> %299, <8 x float> %294, <8 x float> zeroinitializer
  store <8 x float> %300, ptr %293, align 4
  %301 = getelementptr float, ptr %292, i64 8
  %302 = load <8 x float>, ptr %29, align 32
  %303 = add i64 %i21, 8
  %304 = insertelement <8 x i64> undef, i64 %303, i32 0
  %305 = shufflevector <8 x i64> %304, <8 x i64> undef, <8 x i32> zeroinitializer
  %306 = add <8 x i64> %305, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %307 = icmp slt <8 x i64> %306, %86
  %308 = select <8 x i1> %307, <8 x float> %302, <8 x float> zeroinitializer
  store <8 x float> %308, ptr %301, align 4
  %309 = mul i64 %70, 256
  %310 = add i64 %309, %i21
  %311 = add i64 %i25, 5
  %312 = mul i64 %311, 2064
  %313 = add i64 %312, 256
  %314 = getelementptr float, ptr %acts, i64 %313
  %315 = getelementptr float, ptr %314, i64 %310
  %316 = getelementptr float, ptr %315, i64 0
  %317 = load <8 x float>, ptr %28, align 32
  %318 = add i64 %i21, 0
  %319 = insertelement <8 x i64> undef, i64 %318, i32 0
  %320 = shufflevector <8 x i64> %319, <8 x i64> undef, <8 x i32> zeroinitializer
  %321 = add <8 x i64> %320, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %322 = icmp slt <8 x i64> %321, %86
  %323 = select <8 x i1> %322, <8 x float> %317, <8 x float> zeroinitializer
  store <8 x float> %323, ptr %316, align 4
  %324 = getelementptr float, ptr %315, i64 8
  %325 = load <8 x float>, ptr %27, align 32
  %326 = add i64 %i21, 8
  %327 = insertelement <8 x i64> undef, i64 %326, i32 0
  %328 = shufflevector <8 x i64> %327, <8 x i64> undef, <8 x i32> zeroinitializer
  %329 = add <8 x i64> %328, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %330 = icmp slt <8 x i64> %329, %86
  %331 = select <8 x i1> %330, <8 x float> %325, <8 x float> zeroinitializer
  store <8 x float> %331, ptr %324, align 4
  %332 = add i64 %i25, 6
  br label %loop22

loop30:                                           ; preds = %done36, %done20
  %i33 = phi i64 [ %89, %done20 ], [ %349, %done36 ]
  %333 = icmp slt i64 %i33, 256
  br i1 %333, label %body31, label %done32

body31:                                           ; preds = %loop30
  br label %loop34

done32:                                           ; preds = %loop30
  %334 = insertelement <8 x i64> undef, i64 %84, i32 0
  %335 = shufflevector <8 x i64> %334, <8 x i64> undef, <8 x i32> zeroinitializer
  %336 = add i64 %84, 15
  %337 = udiv i64 %336, 16
  %338 = mul i64 %337, 16
  br label %loop38

loop34:                                           ; preds = %body35, %body31
  %i37 = phi i64 [ %b0, %body31 ], [ %348, %body35 ]
  %339 = icmp slt i64 %i37, %77
  br i1 %339, label %body35, label %done36

body35:                                           ; preds = %loop34
  %340 = mul i64 %70, 256
  %341 = add i64 %340, %i33
  %342 = mul i64 %i37, 2064
  %343 = add i64 %342, 256
  %344 = getelementptr float, ptr %acts, i64 %343
  %345 = getelementptr float, ptr %344, i64 %341
  %346 = getelementptr float, ptr %345, i64 0
  store <8 x float> zeroinitializer, ptr %346, align 4
  %347 = getelementptr float, ptr %345, i64 8
  store <8 x float> zeroinitializer, ptr %347, align 4
  %348 = add i64 %i37, 1
  br label %loop34

done36:                                           ; preds = %loop34
  %349 = add i64 %i33, 16
  br label %loop30

loop38:                                           ; preds = %done44, %done32
  %i41 = phi i64 [ 0, %done32 ], [ %368, %done44 ]
  %350 = icmp slt i64 %i41, %338
  br i1 %350, label %body39, label %done40

body39:                                           ; preds = %loop38
  br label %loop42

done40:                                           ; preds = %loop38
  br label %loop50

loop42:                                           ; preds = %done48, %body39
  %i45 = phi i64 [ %77, %body39 ], [ %443, %done48 ]
  %351 = icmp slt i64 %i45, %80
  br i1 %351, label %body43, label %done44

body43:                                           ; preds = %loop42
  %352 = mul i64 %i17, 256
  %353 = add i64 %i45, 0
  %354 = mul i64 %353, 2064
  %355 = add i64 %354, 0
  %356 = getelementptr float, ptr %acts, i64 %355
  %357 = getelementptr float, ptr %356, i64 %352
  store <8 x float> zeroinitializer, ptr %26, align 32
  store <8 x float> zeroinitializer, ptr %25, align 32
  %358 = mul i64 %i17, 256
  %359 = add i64 %i45, 1
  %360 = mul i64 %359, 2064
  %361 = add i64 %360, 0
  %362 = getelementptr float, ptr %acts, i64 %361
  %363 = getelementptr float, ptr %362, i64 %358
  store <8 x float> zeroinitializer, ptr %24, align 32
  store <8 x float> zeroinitializer, ptr %23, align 32
  %364 = mul i64 %i17, 256
  %365 = sub i64 256, %364
  %366 = call i64 @llvm.smin.i64(i64 %365, i64 256)
  %367 = call i64 @llvm.smax.i64(i64 %366, i64 0)
  br label %loop46

done44:                                           ; preds = %loop42
  %368 = add i64 %i41, 16
  br label %loop38

loop46:                                           ; preds = %body47, %body43
  %i49 = phi i64 [ 0, %body43 ], [ %396, %body47 ]
  %369 = icmp slt i64 %i49, %367
  br i1 %369, label %body47, label %done48

body47:                                           ; preds = %loop46
  %370 = add i64 %i41, 0
  %371 = mul i64 %i49, 256
  %372 = add i64 %371, %370
  %373 = getelementptr float, ptr %73, i64 %372
  %374 = load <8 x float>, ptr %373, align 4
  %375 = add i64 %i41, 8
  %376 = mul i64 %i49, 256
  %377 = add i64 %376, %375
  %378 = getelementptr float, ptr %73, i64 %377
  %379 = load <8 x float>, ptr %378, align 4
  %380 = getelementptr float, ptr %357, i64 %i49
  %381 = load float, ptr %380, align 4
  %382 = insertelement <8 x float> undef, float %381, i32 0
  %383 = shufflevector <8 x float> %382, <8 x float> undef, <8 x i32> zeroinitializer
  %384 = load <8 x float>, ptr %26, align 32
  %385 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %383, <8 x float> %374, <8 x float> %384)
  store <8 x float> %385, ptr %26, align 32
  %386 = load <8 x float>, ptr %25, align 32
  %387 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %383, <8 x float> %379, <8 x float> %386)
  store <8 x float> %387, ptr %25, align 32
  %388 = getelementptr float, ptr %363, i64 %i49
  %389 = load float, ptr %388, align 4
  %390 = insertelement <8 x float> undef, float %389, i32 0
  %391 = shufflevector <8 x float> %390, <8 x float> undef, <8 x i32> zeroinitializer
  %392 = load <8 x float>, ptr %24, align 32
  %393 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %391, <8 x float> %374, <8 x float> %392)
  store <8 x float> %393, ptr %24, align 32
  %394 = load <8 x float>, ptr %23, align 32
  %395 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %391, <8 x float> %379, <8 x float> %394)
  store <8 x float> %395, ptr %23, align 32
  %396 = add i64 %i49, 1
  br label %loop46

done48:                                           ; preds = %loop46
  %397 = mul i64 %70, 256
  %398 = add i64 %397, %i41
  %399 = add i64 %i45, 0
  %400 = mul i64 %399, 2064
  %401 = add i64 %400, 256
  %402 = getelementptr float, ptr %acts, i64 %401
  %403 = getelementptr float, ptr %402, i64 %398
  %404 = getelementptr float, ptr %403, i64 0
  %405 = load <8 x float>, ptr %26, align 32
  %406 = add i64 %i41, 0
  %407 = insertelement <8 x i64> undef, i64 %406, i32 0
  %408 = shufflevector <8 x i64> %407, <8 x i64> undef, <8 x i32> zeroinitializer
  %409 = add <8 x i64> %408, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %410 = icmp slt <8 x i64> %409, %335
  %411 = select <8 x i1> %410, <8 x float> %405, <8 x float> zeroinitializer
  store <8 x float> %411, ptr %404, align 4
  %412 = getelementptr float, ptr %403, i64 8
  %413 = load <8 x float>, ptr %25, align 32
  %414 = add i64 %i41, 8
  %415 = insertelement <8 x i64> undef, i64 %414, i32 0
  %416 = shufflevector <8 x i64> %415, <8 x i64> undef, <8 x i32> zeroinitializer
  %417 = add <8 x i64> %416, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %418 = icmp slt <8 x i64> %417, %335
  %419 = select <8 x i1> %418, <8 x float> %413, <8 x float> zeroinitializer
  store <8 x float> %419, ptr %412, align 4
  %420 = mul i64 %70, 256
  %421 = add i64 %420, %i41
  %422 = add i64 %i45, 1
  %423 = mul i64 %422, 2064
  %424 = add i64 %423, 256
  %425 = getelementptr float, ptr %acts, i64 %424
  %426 = getelementptr float, ptr %425, i64 %421
  %427 = getelementptr float, ptr %426, i64 0
  %428 = load <8 x float>, ptr %24, align 32
  %429 = add i64 %i41, 0
  %430 = insertelement <8 x i64> undef, i64 %429, i32 0
  %431 = shufflevector <8 x i64> %430, <8 x i64> undef, <8 x i32> zeroinitializer
  %432 = add <8 x i64> %431, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %433 = icmp slt <8 x i64> %432, %335
  %434 = select <8 x i1> %433, <8 x float> %428, <8 x float> zeroinitializer
  store <8 x float> %434, ptr %427, align 4
  %435 = getelementptr float, ptr %426, i64 8
  %436 = load <8 x float>, ptr %23, align 32
  %437 = add i64 %i41, 8
  %438 = insertelement <8 x i64> undef, i64 %437, i32 0
  %439 = shufflevector <8 x i64> %438, <8 x i64> undef, <8 x i32> zeroinitializer
  %440 = add <8 x i64> %439, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %441 = icmp slt <8 x i64> %440, %335
  %442 = select <8 x i1> %441, <8 x float> %436, <8 x float> zeroinitializer
  store <8 x float> %442, ptr %435, align 4
  %443 = add i64 %i45, 2
  br label %loop42

loop50:                                           ; preds = %done56, %done40
  %i53 = phi i64 [ %338, %done40 ], [ %460, %done56 ]
  %444 = icmp slt i64 %i53, 256
  br i1 %444, label %body51, label %done52

body51:                                           ; preds = %loop50
  br label %loop54

done52:                                           ; preds = %loop50
  %445 = insertelement <8 x i64> undef, i64 %84, i32 0
  %446 = shufflevector <8 x i64> %445, <8 x i64> undef, <8 x i32> zeroinitializer
  %447 = add i64 %84, 15
  %448 = udiv i64 %447, 16
  %449 = mul i64 %448, 16
  br label %loop58

loop54:                                           ; preds = %body55, %body51
  %i57 = phi i64 [ %77, %body51 ], [ %459, %body55 ]
  %450 = icmp slt i64 %i57, %80
  br i1 %450, label %body55, label %done56

body55:                                           ; preds = %loop54
  %451 = mul i64 %70, 256
  %452 = add i64 %451, %i53
  %453 = mul i64 %i57, 2064
  %454 = add i64 %453, 256
  %455 = getelementptr float, ptr %acts, i64 %454
  %456 = getelementptr float, ptr %455, i64 %452
  %457 = getelementptr float, ptr %456, i64 0
  store <8 x float> zeroinitializer, ptr %457, align 4
  %458 = getelementptr float, ptr %456, i64 8
  store <8 x float> zeroinitializer, ptr %458, align 4
  %459 = add i64 %i57, 1
  br label %loop54

done56:                                           ; preds = %loop54
  %460 = add i64 %i53, 16
  br label %loop50

loop58:                                           ; preds = %done64, %done52
  %i61 = phi i64 [ 0, %done52 ], [ %473, %done64 ]
  %461 = icmp slt i64 %i61, %449
  br i1 %461, label %body59, label %done60

body59:                                           ; preds = %loop58
  br label %loop62

done60:                                           ; preds = %loop58
  br label %loop70

loop62:                                           ; preds = %done68, %body59
  %i65 = phi i64 [ %80, %body59 ], [ %517, %done68 ]
  %462 = icmp slt i64 %i65, %b1
  br i1 %462, label %body63, label %done64

body63:                                           ; preds = %loop62
  %463 = mul i64 %i17, 256
  %464 = add i64 %i65, 0
  %465 = mul i64 %464, 2064
  %466 = add i64 %465, 0
  %467 = getelementptr float, ptr %acts, i64 %466
  %468 = getelementptr float, ptr %467, i64 %463
  store <8 x float> zeroinitializer, ptr %22, align 32
  store <8 x float> zeroinitializer, ptr %21, align 32
  %469 = mul i64 %i17, 256
  %470 = sub i64 256, %469
  %471 = call i64 @llvm.smin.i64(i64 %470, i64 256)
  %472 = call i64 @llvm.smax.i64(i64 %471, i64 0)
  br label %loop66

done64:                                           ; preds = %loop62
  %473 = add i64 %i61, 16
  br label %loop58

loop66:                                           ; preds = %body67, %body63
  %i69 = phi i64 [ 0, %body63 ], [ %493, %body67 ]
  %474 = icmp slt i64 %i69, %472
  br i1 %474, label %body67, label %done68

body67:                                           ; preds = %loop66
  %475 = add i64 %i61, 0
  %476 = mul i64 %i69, 256
  %477 = add i64 %476, %475
  %478 = getelementptr float, ptr %73, i64 %477
  %479 = load <8 x float>, ptr %478, align 4
  %480 = add i64 %i61, 8
  %481 = mul i64 %i69, 256
  %482 = add i64 %481, %480
  %483 = getelementptr float, ptr %73, i64 %482
  %484 = load <8 x float>, ptr %483, align 4
  %485 = getelementptr float, ptr %468, i64 %i69
  %486 = load float, ptr %485, align 4
  %487 = insertelement <8 x float> undef, float %486, i32 0
  %488 = shufflevector <8 x float> %487, <8 x float> undef, <8 x i32> zeroinitializer
  %489 = load <8 x float>, ptr %22, align 32
  %490 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %488, <8 x float> %479, <8 x float> %489)
  store <8 x float> %490, ptr %22, align 32
  %491 = load <8 x float>, ptr %21, align 32
  %492 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %488, <8 x float> %484, <8 x float> %491)
  store <8 x float> %492, ptr %21, align 32
  %493 = add i64 %i69, 1
  br label %loop66

done68:                                           ; preds = %loop66
  %494 = mul i64 %70, 256
  %495 = add i64 %494, %i61
  %496 = add i64 %i65, 0
  %497 = mul i64 %496, 2064
  %498 = add i64 %497, 256
  %499 = getelementptr float, ptr %acts, i64 %498
  %500 = getelementptr float, ptr %499, i64 %495
  %501 = getelementptr float, ptr %500, i64 0
  %502 = load <8 x float>, ptr %22, align 32
  %503 = add i64 %i61, 0
  %504 = insertelement <8 x i64> undef, i64 %503, i32 0
  %505 = shufflevector <8 x i64> %504, <8 x i64> undef, <8 x i32> zeroinitializer
  %506 = add <8 x i64> %505, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %507 = icmp slt <8 x i64> %506, %446
  %508 = select <8 x i1> %507, <8 x float> %502, <8 x float> zeroinitializer
  store <8 x float> %508, ptr %501, align 4
  %509 = getelementptr float, ptr %500, i64 8
  %510 = load <8 x float>, ptr %21, align 32
  %511 = add i64 %i61, 8
  %512 = insertelement <8 x i64> undef, i64 %511, i32 0
  %513 = shufflevector <8 x i64> %512, <8 x i64> undef, <8 x i32> zeroinitializer
  %514 = add <8 x i64> %513, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %515 = icmp slt <8 x i64> %514, %446
  %516 = select <8 x i1> %515, <8 x float> %510, <8 x float> zeroinitializer
  store <8 x float> %516, ptr %509, align 4
  %517 = add i64 %i65, 1
  br label %loop62

loop70:                                           ; preds = %done76, %done60
  %i73 = phi i64 [ %449, %done60 ], [ %530, %done76 ]
  %518 = icmp slt i64 %i73, 256
  br i1 %518, label %body71, label %done72

body71:                                           ; preds = %loop70
  br label %loop74

done72:                                           ; preds = %loop70
  %519 = add i64 %i17, 1
  br label %loop14

loop74:                                           ; preds = %body75, %body71
  %i77 = phi i64 [ %80, %body71 ], [ %529, %body75 ]
  %520 = icmp slt i64 %i77, %b1
  br i1 %520, label %body75, label %done76

body75:                                           ; preds = %loop74
  %521 = mul i64 %70, 256
  %522 = add i64 %521, %i73
  %523 = mul i64 %i77, 2064
  %524 = add i64 %523, 256
  %525 = getelementptr float, ptr %acts, i64 %524
  %526 = getelementptr float, ptr %525, i64 %522
  %527 = getelementptr float, ptr %526, i64 0
  store <8 x float> zeroinitializer, ptr %527, align 4
  %528 = getelementptr float, ptr %526, i64 8
  store <8 x float> zeroinitializer, ptr %528, align 4
  %529 = add i64 %i77, 1
  br label %loop74

done76:                                           ; preds = %loop74
  %530 = add i64 %i73, 16
  br label %loop70

then78:                                           ; preds = %join3
  br label %loop80

join79:                                           ; preds = %done82, %join3
  %531 = icmp ult i32 3, %s1
  %532 = icmp ule i32 %s0, 3
  %533 = and i1 %532, %531
  br i1 %533, label %then96, label %join97

loop80:                                           ; preds = %done86, %then78
  %i83 = phi i64 [ %b0, %then78 ], [ %542, %done86 ]
  %534 = icmp slt i64 %i83, %b1
  br i1 %534, label %body81, label %done82

body81:                                           ; preds = %loop80
  %535 = mul i64 %i83, 2064
  %536 = add i64 %535, 256
  %537 = getelementptr float, ptr %acts, i64 %536
  %538 = mul i64 %i83, 2064
  %539 = add i64 %538, 512
  %540 = getelementptr float, ptr %acts, i64 %539
  br label %loop84

done82:                                           ; preds = %loop80
  br label %join79

loop84:                                           ; preds = %done90, %body81
  %i87 = phi i64 [ 0, %body81 ], [ %544, %done90 ]
  %541 = icmp slt i64 %i87, 1
  br i1 %541, label %body85, label %done86

body85:                                           ; preds = %loop84
  br label %loop88

done86:                                           ; preds = %loop84
  %542 = add i64 %i83, 1
  br label %loop80

loop88:                                           ; preds = %done94, %body85
  %i91 = phi i64 [ 0, %body85 ], [ %565, %done94 ]
  %543 = icmp slt i64 %i91, 256
  br i1 %543, label %body89, label %done90

body89:                                           ; preds = %loop88
  store float 0.000000e+00, ptr %20, align 4
  br label %loop92

done90:                                           ; preds = %loop88
  %544 = add i64 %i87, 1
  br label %loop84

loop92:                                           ; preds = %body93, %body89
  %i95 = phi i64 [ 0, %body89 ], [ %554, %body93 ]
  %545 = icmp slt i64 %i95, 1
  br i1 %545, label %body93, label %done94

body93:                                           ; preds = %loop92
  %546 = mul i64 %i87, 1
  %547 = add i64 %546, %i95
  %548 = mul i64 %547, 256
  %549 = add i64 %548, %i91
  %550 = getelementptr float, ptr %537, i64 %549
  %551 = load float, ptr %550, align 4
  %552 = load float, ptr %20, align 4
  %553 = fadd float %552, %551
  store float %553, ptr %20, align 4
  %554 = add i64 %i95, 1
  br label %loop92

done94:                                           ; preds = %loop92
  %555 = mul i64 %i87, 256
  %556 = add i64 %555, %i91
  %557 = add i64 1024, %556
  %558 = getelementptr float, ptr %gains, i64 %557
  %559 = load float, ptr %558, align 4
  %560 = load float, ptr %20, align 4
  %561 = fmul float %560, %559
  %562 = icmp slt i64 %556, 256
  %563 = getelementptr float, ptr %540, i64 %556
  %564 = select i1 %562, float %561, float 0.000000e+00
  store float %564, ptr %563, align 4
  %565 = add i64 %i91, 1
  br label %loop88

then96:                                           ; preds = %join79
  br label %loop98

join97:                                           ; preds = %done100, %join79
  %566 = icmp ult i32 4, %s1
  %567 = icmp ule i32 %s0, 4
  %568 = and i1 %567, %566
  br i1 %568, label %then110, label %join111

loop98:                                           ; preds = %done108, %then96
  %i101 = phi i64 [ %b0, %then96 ], [ %594, %done108 ]
  %569 = icmp slt i64 %i101, %b1
  br i1 %569, label %body99, label %done100

body99:                                           ; preds = %loop98
  %570 = mul i64 %i101, 2064
  %571 = add i64 %570, 512
  %572 = getelementptr float, ptr %acts, i64 %571
  %573 = mul i64 %i101, 2064
  %574 = add i64 %573, 768
  %575 = getelementptr float, ptr %acts, i64 %574
  br label %loop102

done100:                                          ; preds = %loop98
  br label %join97

loop102:                                          ; preds = %body103, %body99
  %i105 = phi i64 [ 0, %body99 ], [ %590, %body103 ]
  %576 = icmp slt i64 %i105, 256
  br i1 %576, label %body103, label %done104

body103:                                          ; preds = %loop102
  %577 = getelementptr float, ptr %572, i64 %i105
  %578 = load float, ptr %577, align 4
  %579 = getelementptr float, ptr %gains, i64 0
  %580 = getelementptr float, ptr %579, i64 0
  %581 = getelementptr float, ptr %580, i64 %i105
  %582 = load float, ptr %581, align 4
  %583 = fmul float %582, %578
  %584 = getelementptr float, ptr %575, i64 %i105
  %585 = getelementptr float, ptr %gains, i64 0
  %586 = getelementptr float, ptr %585, i64 256
  %587 = getelementptr float, ptr %586, i64 %i105
  %588 = load float, ptr %587, align 4
  %589 = fadd float %583, %588
  store float %589, ptr %584, align 4
  %590 = add i64 %i105, 1
  br label %loop102

done104:                                          ; preds = %loop102
  br label %loop106

loop106:                                          ; preds = %body107, %done104
  %i109 = phi i64 [ 256, %done104 ], [ %593, %body107 ]
  %591 = icmp slt i64 %i109, 256
  br i1 %591, label %body107, label %done108

body107:                                          ; preds = %loop106
  %592 = getelementptr float, ptr %575, i64 %i109
  store float 0.000000e+00, ptr %592, align 4
  %593 = add i64 %i109, 1
  br label %loop106

done108:                                          ; preds = %loop106
  %594 = add i64 %i101, 1
  br label %loop98

then110:                                          ; preds = %join97
  %595 = fcmp olt float %sigma, 0.000000e+00
  %596 = select i1 %595, float 0x3FC99999A0000000, float %sigma
  %597 = fcmp ogt float %596, 0.000000e+00
  br label %loop112

join111:                                          ; preds = %done114, %join97
  %598 = icmp ult i32 5, %s1
  %599 = icmp ule i32 %s0, 5
  %600 = and i1 %599, %598
  br i1 %600, label %then122, label %join123

loop112:                                          ; preds = %done118, %then110
  %i115 = phi i64 [ %b0, %then110 ], [ %643, %done118 ]
  %601 = icmp slt i64 %i115, %b1
  br i1 %601, label %body113, label %done114

body113:                                          ; preds = %loop112
  %602 = mul i64 %i115, 2064
  %603 = add i64 %602, 768
  %604 = getelementptr float, ptr %acts, i64 %603
  %605 = mul i64 %i115, 2064
  %606 = add i64 %605, 1024
  %607 = getelementptr float, ptr %acts, i64 %606
  %608 = add i64 %first, %i115
  %609 = add i64 %seed, -7046029254386353131
  %610 = lshr i64 %609, 30
  %611 = xor i64 %609, %610
  %612 = mul i64 %611, -4658895280553007687
  %613 = lshr i64 %612, 27
  %614 = xor i64 %612, %613
  %615 = mul i64 %614, -7723592293110705685
  %616 = lshr i64 %615, 31
  %617 = xor i64 %615, %616
  %618 = add i64 %617, %step
  %619 = lshr i64 %618, 30
  %620 = xor i64 %618, %619
  %621 = mul i64 %620, -4658895280553007687
  %622 = lshr i64 %621, 27
  %623 = xor i64 %621, %622
  %624 = mul i64 %623, -7723592293110705685
  %625 = lshr i64 %624, 31
  %626 = xor i64 %624, %625
  %627 = or i64 4398046511104, %608
  %628 = add i64 %626, %627
  %629 = lshr i64 %628, 30
  %630 = xor i64 %628, %629
  %631 = mul i64 %630, -4658895280553007687
  %632 = lshr i64 %631, 27
  %633 = xor i64 %631, %632
  %634 = mul i64 %633, -7723592293110705685
  %635 = lshr i64 %634, 31
  %636 = xor i64 %634, %635
  br label %loop116

done114:                                          ; preds = %loop112
  br label %join111

loop116:                                          ; preds = %join121, %body113
  %i119 = phi i64 [ 0, %body113 ], [ %765, %join121 ]
  %637 = icmp slt i64 %i119, 256
  br i1 %637, label %body117, label %done118

body117:                                          ; preds = %loop116
  %638 = insertelement <8 x i64> undef, i64 %i119, i32 0
  %639 = shufflevector <8 x i64> %638, <8 x i64> undef, <8 x i32> zeroinitializer
  %640 = add <8 x i64> %639, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %641 = getelementptr float, ptr %604, i64 %i119
  %642 = load <8 x float>, ptr %641, align 4
  store <8 x float> %642, ptr %19, align 32
  br i1 %597, label %then120, label %join121

done118:                                          ; preds = %loop116
  %643 = add i64 %i115, 1
  br label %loop112

then120:                                          ; preds = %body117
  %644 = insertelement <8 x i64> undef, i64 %636, i32 0
  %645 = shufflevector <8 x i64> %644, <8 x i64> undef, <8 x i32> zeroinitializer
  %646 = mul <8 x i64> %640, <i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131>
  %647 = add <8 x i64> %645, %646
  %648 = lshr <8 x i64> %647, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %649 = xor <8 x i64> %647, %648
  %650 = mul <8 x i64> %649, <i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687>
  %651 = lshr <8 x i64> %650, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %652 = xor <8 x i64> %650, %651
  %653 = mul <8 x i64> %652, <i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685>
  %654 = lshr <8 x i64> %653, <i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31>
  %655 = xor <8 x i64> %653, %654
  %656 = lshr <8 x i64> %655, <i64 41, i64 41, i64 41, i64 41, i64 41, i64 41, i64 41, i64 41>
  %657 = mul <8 x i64> <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>, %656
  %658 = add <8 x i64> %657, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %659 = lshr <8 x i64> %655, <i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17>
  %660 = and <8 x i64> %659, <i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607, i64 8388607>
  %661 = mul <8 x i64> <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>, %660
  %662 = add <8 x i64> %661, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %663 = uitofp <8 x i64> %658 to <8 x float>
  %664 = fmul <8 x float> %663, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %665 = uitofp <8 x i64> %662 to <8 x float>
  %666 = fmul <8 x float> %665, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %667 = bitcast <8 x float> %664 to <8 x i32>
  %668 = lshr <8 x i32> %667, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %669 = sub <8 x i32> %668, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %670 = sitofp <8 x i32> %669 to <8 x float>
  %671 = and <8 x i32> %667, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %672 = or <8 x i32> %671, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %673 = bitcast <8 x i32> %672 to <8 x float>
  %674 = fcmp ogt <8 x float> %673, <float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000, float 0x3FF6A09E60000000>
  %675 = fmul <8 x float> %673, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %676 = select <8 x i1> %674, <8 x float> %675, <8 x float> %673
  %677 = fadd <8 x float> %670, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %678 = select <8 x i1> %674, <8 x float> %677, <8 x float> %670
  %679 = fadd <8 x float> %676, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %680 = fsub <8 x float> %676, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %681 = fdiv <8 x float> %680, %679
  %682 = fmul <8 x float> %681, %681
  %683 = call <8 x float> @llvm.fma.v8f32(<8 x float> %682, <8 x float> <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>, <8 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>)
  %684 = call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> %682, <8 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>)
  %685 = call <8 x float> @llvm.fma.v8f32(<8 x float> %684, <8 x float> %682, <8 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>)
  %686 = call <8 x float> @llvm.fma.v8f32(<8 x float> %685, <8 x float> %682, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %687 = fmul <8 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %681
  %688 = fmul <8 x float> %687, %686
  %689 = call <8 x float> @llvm.fma.v8f32(<8 x float> %678, <8 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>, <8 x float> %688)
  %690 = fmul <8 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %689
  %691 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %690)
  %692 = fcmp olt <8 x float> %666, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %693 = fsub <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %666
  %694 = select <8 x i1> %692, <8 x float> %666, <8 x float> %693
  %695 = fsub <8 x float> %694, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %696 = fmul <8 x float> %695, <float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000, float 0x401921FB60000000>
  %697 = fmul <8 x float> %696, %696
  %698 = call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> <float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000, float 0xBE5AE64560000000>, <8 x float> <float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000, float 0x3EC71DE3A0000000>)
  %699 = call <8 x float> @llvm.fma.v8f32(<8 x float> %698, <8 x float> %697, <8 x float> <float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000, float 0xBF2A01A020000000>)
  %700 = call <8 x float> @llvm.fma.v8f32(<8 x float> %699, <8 x float> %697, <8 x float> <float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000, float 0x3F81111120000000>)
  %701 = call <8 x float> @llvm.fma.v8f32(<8 x float> %700, <8 x float> %697, <8 x float> <float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000, float 0xBFC5555560000000>)
  %702 = fmul <8 x float> %696, %697
  %703 = call <8 x float> @llvm.fma.v8f32(<8 x float> %702, <8 x float> %701, <8 x float> %696)
  %704 = fneg <8 x float> %703
  %705 = fmul <8 x float> %691, %704
  %706 = insertelement <8 x float> undef, float %596, i32 0
  %707 = shufflevector <8 x float> %706, <8 x float> undef, <8 x i32> zeroinitializer
  %708 = fmul <8 x float> %707, %705
  %709 = fadd <8 x float> %642, %708
  store <8 x float> %709, ptr %19, align 32
  br label %join121

join121:                                          ; preds = %then120, %body117
  %710 = getelementptr float, ptr %params, i64 132096
  %711 = getelementptr float, ptr %710, i64 %i119
  %712 = load <8 x float>, ptr %711, align 4
  %713 = load <8 x float>, ptr %19, align 32
  %714 = fcmp oge <8 x float> %713, %712
  %715 = icmp slt <8 x i64> %640, <i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256, i64 256>
  %716 = and <8 x i1> %714, %715
  %717 = uitofp <8 x i1> %716 to <8 x float>
  %718 = getelementptr float, ptr %607, i64 %i119
  %719 = fmul <8 x float> %717, <float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00, float 1.250000e+00>
  %720 = add i64 %first, %i115
  %721 = add i64 %seed, -7046029254386353131
  %722 = lshr i64 %721, 30
  %723 = xor i64 %721, %722
  %724 = mul i64 %723, -4658895280553007687
  %725 = lshr i64 %724, 27
  %726 = xor i64 %724, %725
  %727 = mul i64 %726, -7723592293110705685
  %728 = lshr i64 %727, 31
  %729 = xor i64 %727, %728
  %730 = add i64 %729, %step
  %731 = lshr i64 %730, 30
  %732 = xor i64 %730, %731
  %733 = mul i64 %732, -4658895280553007687
  %734 = lshr i64 %733, 27
  %735 = xor i64 %733, %734
  %736 = mul i64 %735, -7723592293110705685
  %737 = lshr i64 %736, 31
  %738 = xor i64 %736, %737
  %739 = or i64 -9223367638808264704, %720
  %740 = add i64 %738, %739
  %741 = lshr i64 %740, 30
  %742 = xor i64 %740, %741
  %743 = mul i64 %742, -4658895280553007687
  %744 = lshr i64 %743, 27
  %745 = xor i64 %743, %744
  %746 = mul i64 %745, -7723592293110705685
  %747 = lshr i64 %746, 31
  %748 = xor i64 %746, %747
  %749 = insertelement <8 x i64> undef, i64 %748, i32 0
  %750 = shufflevector <8 x i64> %749, <8 x i64> undef, <8 x i32> zeroinitializer
  %751 = mul <8 x i64> %640, <i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131, i64 -7046029254386353131>
  %752 = add <8 x i64> %750, %751
  %753 = lshr <8 x i64> %752, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %754 = xor <8 x i64> %752, %753
  %755 = mul <8 x i64> %754, <i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687, i64 -4658895280553007687>
  %756 = lshr <8 x i64> %755, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %757 = xor <8 x i64> %755, %756
  %758 = mul <8 x i64> %757, <i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685, i64 -7723592293110705685>
  %759 = lshr <8 x i64> %758, <i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31>
  %760 = xor <8 x i64> %758, %759
  %761 = lshr <8 x i64> %760, <i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40, i64 40>
  %762 = icmp uge <8 x i64> %761, <i64 3355443, i64 3355443, i64 3355443, i64 3355443, i64 3355443, i64 3355443, i64 3355443, i64 3355443>
  %763 = select <8 x i1> %762, <8 x float> %719, <8 x float> zeroinitializer
  %764 = select i1 %train1, <8 x float> %763, <8 x float> %717
  store <8 x float> %764, ptr %718, align 4
  %765 = add i64 %i119, 8
  br label %loop116

then122:                                          ; preds = %join111
  %766 = getelementptr float, ptr %params, i64 132352
  %767 = load float, ptr %766, align 4
  %768 = fcmp ogt float %767, 0.000000e+00
  %769 = fneg float %767
  %770 = select i1 %768, float %769, float %767
  %771 = call float @llvm.exp.f32(float %770)
  %772 = fmul float 3.000000e+00, %771
  %773 = fadd float 1.000000e+00, %772
  %774 = fsub float 1.000000e+00, %771
  %775 = fdiv float %774, %773
  %776 = fadd float %771, 3.000000e+00
  %777 = fsub float %771, 1.000000e+00
  %778 = fdiv float %777, %776
  %779 = select i1 %768, float %775, float %778
  br label %loop124

join123:                                          ; preds = %done126, %join111
  %780 = icmp ult i32 6, %s1
  %781 = icmp ule i32 %s0, 6
  %782 = and i1 %781, %780
  br i1 %782, label %then140, label %join141

loop124:                                          ; preds = %done130, %then122
  %i127 = phi i64 [ %b0, %then122 ], [ %785, %done130 ]
  %783 = icmp slt i64 %i127, %b1
  br i1 %783, label %body125, label %done126

body125:                                          ; preds = %loop124
  br label %loop128

done126:                                          ; preds = %loop124
  br label %join123

loop128:                                          ; preds = %done134, %body125
  %i131 = phi i64 [ 0, %body125 ], [ %800, %done134 ]
  %784 = icmp slt i64 %i131, 1
  br i1 %784, label %body129, label %done130

body129:                                          ; preds = %loop128
  br label %loop132

done130:                                          ; preds = %loop128
  %785 = add i64 %i127, 1
  br label %loop124

loop132:                                          ; preds = %done138, %body129
  %i135 = phi i64 [ 0, %body129 ], [ %819, %done138 ]
  %786 = icmp slt i64 %i135, 4
  br i1 %786, label %body133, label %done134

body133:                                          ; preds = %loop132
  %787 = mul i64 %i131, 256
  %788 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i135
  %789 = load i32, ptr %788, align 4
  %790 = sext i32 %789 to i64
  %791 = mul i64 %790, 64
  %792 = add i64 %787, %791
  %793 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i135
  %794 = load i32, ptr %793, align 4
  %795 = sext i32 %794 to i64
  %796 = mul i64 %795, 64
  %797 = add i64 %787, %796
  %798 = mul i64 %i135, 64
  %799 = add i64 %787, %798
  br label %loop136

done134:                                          ; preds = %loop132
  %800 = add i64 %i131, 1
  br label %loop128

loop136:                                          ; preds = %body137, %body133
  %i139 = phi i64 [ 0, %body133 ], [ %818, %body137 ]
  %801 = icmp slt i64 %i139, 64
  br i1 %801, label %body137, label %done138

body137:                                          ; preds = %loop136
  %802 = add i64 %797, %i139
  %803 = add i64 %792, %i139
  %804 = add i64 %799, %i139
  %805 = mul i64 %i127, 2064
  %806 = add i64 %805, 1024
  %807 = getelementptr float, ptr %acts, i64 %806
  %808 = getelementptr float, ptr %807, i64 %802
  %809 = load float, ptr %808, align 4
  %810 = getelementptr float, ptr %807, i64 %803
  %811 = load float, ptr %810, align 4
  %812 = fsub float %811, %809
  %813 = mul i64 %i127, 2064
  %814 = add i64 %813, 1280
  %815 = getelementptr float, ptr %acts, i64 %814
  %816 = getelementptr float, ptr %815, i64 %804
  %817 = fmul float %779, %812
  store float %817, ptr %816, align 4
  %818 = add i64 %i139, 1
  br label %loop136

done138:                                          ; preds = %loop136
  %819 = add i64 %i135, 1
  br label %loop132

then140:                                          ; preds = %join123
  br i1 %bf16, label %then142, label %join143

join141:                                          ; preds = %done154, %join123
  %820 = icmp ult i32 7, %s1
  %821 = icmp ule i32 %s0, 7
  %822 = and i1 %821, %820
  br i1 %822, label %then220, label %join221

then142:                                          ; preds = %then140
  br label %loop144

join143:                                          ; preds = %done146, %then140
  br label %loop152

loop144:                                          ; preds = %done150, %then142
  %i147 = phi i64 [ %b0, %then142 ], [ %841, %done150 ]
  %823 = icmp slt i64 %i147, %b1
  br i1 %823, label %body145, label %done146

body145:                                          ; preds = %loop144
  %824 = mul i64 %i147, 2064
  %825 = add i64 %824, 1280
  %826 = getelementptr float, ptr %acts, i64 %825
  br label %loop148

done146:                                          ; preds = %loop144
  br label %join143

loop148:                                          ; preds = %body149, %body145
  %i151 = phi i64 [ 0, %body145 ], [ %840, %body149 ]
  %827 = icmp slt i64 %i151, 256
  br i1 %827, label %body149, label %done150

body149:                                          ; preds = %loop148
  %828 = getelementptr float, ptr %826, i64 %i151
  %829 = load <8 x float>, ptr %828, align 4
  %830 = bitcast <8 x float> %829 to <8 x i32>
  %831 = lshr <8 x i32> %830, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %832 = and <8 x i32> %831, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %833 = add <8 x i32> %832, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %834 = add <8 x i32> %830, %833
  %835 = fcmp uno <8 x float> %829, %829
  %836 = or <8 x i32> %830, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %837 = select <8 x i1> %835, <8 x i32> %836, <8 x i32> %834
  %838 = and <8 x i32> %837, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %839 = bitcast <8 x i32> %838 to <8 x float>
  store <8 x float> %839, ptr %828, align 4
  %840 = add i64 %i151, 8
  br label %loop148

done150:                                          ; preds = %loop148
  %841 = add i64 %i147, 1
  br label %loop144

loop152:                                          ; preds = %done158, %join143
  %i155 = phi i64 [ 0, %join143 ], [ %865, %done158 ]
  %842 = icmp slt i64 %i155, 1
  br i1 %842, label %body153, label %done154

body153:                                          ; preds = %loop152
  br label %loop156

done154:                                          ; preds = %loop152
  br label %join141

loop156:                                          ; preds = %done214, %body153
  %i159 = phi i64 [ 0, %body153 ], [ %1294, %done214 ]
  %843 = icmp slt i64 %i159, 1
  br i1 %843, label %body157, label %done158

body157:                                          ; preds = %loop156
  %844 = mul i64 %i155, 1
  %845 = add i64 %844, %i159
  %846 = mul i64 %845, 65536
  %847 = add i64 67072, %846
  %848 = getelementptr float, ptr %gains, i64 %847
  %849 = sub i64 %b1, %b0
  %850 = sdiv i64 %849, 6
  %851 = mul i64 %850, 6
  %852 = add i64 %b0, %851
  %853 = sub i64 %b1, %852
  %854 = and i64 %853, -2
  %855 = add i64 %852, %854
  %856 = mul i64 %i155, 256
  %857 = sub i64 4, %856
  %858 = call i64 @llvm.smin.i64(i64 %857, i64 256)
  %859 = call i64 @llvm.smax.i64(i64 %858, i64 0)
  %860 = insertelement <8 x i64> undef, i64 %859, i32 0
  %861 = shufflevector <8 x i64> %860, <8 x i64> undef, <8 x i32> zeroinitializer
  %862 = add i64 %859, 15
  %863 = udiv i64 %862, 16
  %864 = mul i64 %863, 16
  br label %loop160

done158:                                          ; preds = %loop156
  %865 = add i64 %i155, 1
  br label %loop152

loop160:                                          ; preds = %done166, %body157
  %i163 = phi i64 [ 0, %body157 ], [ %908, %done166 ]
  %866 = icmp slt i64 %i163, %864
  br i1 %866, label %body161, label %done162

body161:                                          ; preds = %loop160
  br label %loop164

done162:                                          ; preds = %loop160
  br label %loop172

loop164:                                          ; preds = %done170, %body161
  %i167 = phi i64 [ %b0, %body161 ], [ %1107, %done170 ]
  %867 = icmp slt i64 %i167, %852
  br i1 %867, label %body165, label %done166

body165:                                          ; preds = %loop164
  %868 = mul i64 %i159, 256
  %869 = add i64 %i167, 0
  %870 = mul i64 %869, 2064
  %871 = add i64 %870, 1280
  %872 = getelementptr float, ptr %acts, i64 %871
  %873 = getelementptr float, ptr %872, i64 %868
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  %874 = mul i64 %i159, 256
  %875 = add i64 %i167, 1
  %876 = mul i64 %875, 2064
  %877 = add i64 %876, 1280
  %878 = getelementptr float, ptr %acts, i64 %877
  %879 = getelementptr float, ptr %878, i64 %874
  store <8 x float> zeroinitializer, ptr %16, align 32
  store <8 x float> zeroinitializer, ptr %15, align 32
  %880 = mul i64 %i159, 256
  %881 = add i64 %i167, 2
  %882 = mul i64 %881, 2064
  %883 = add i64 %882, 1280
  %884 = getelementptr float, ptr %acts, i64 %883
  %885 = getelementptr float, ptr %884, i64 %880
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  %886 = mul i64 %i159, 256
  %887 = add i64 %i167, 3
  %888 = mul i64 %887, 2064
  %889 = add i64 %888, 1280
  %890 = getelementptr float, ptr %acts, i64 %889
  %891 = getelementptr float, ptr %890, i64 %886
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  %892 = mul i64 %i159, 256
  %893 = add i64 %i167, 4
  %894 = mul i64 %893, 2064
  %895 = add i64 %894, 1280
  %896 = getelementptr float, ptr %acts, i64 %895
  %897 = getelementptr float, ptr %896, i64 %892
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  %898 = mul i64 %i159, 256
  %899 = add i64 %i167, 5
  %900 = mul i64 %899, 2064
  %901 = add i64 %900, 1280
  %902 = getelementptr float, ptr %acts, i64 %901
  %903 = getelementptr float, ptr %902, i64 %898
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  %904 = mul i64 %i159, 256
  %905 = sub i64 256, %904
  %906 = call i64 @llvm.smin.i64(i64 %905, i64 256)
  %907 = call i64 @llvm.smax.i64(i64 %906, i64 0)
  br label %loop168

done166:                                          ; preds = %loop164
  %908 = add i64 %i163, 16
  br label %loop160

loop168:                                          ; preds = %body169, %body165
  %i171 = phi i64 [ 0, %body165 ], [ %968, %body169 ]
  %909 = icmp slt i64 %i171, %907
  br i1 %909, label %body169, label %done170

body169:                                          ; preds = %loop168
  %910 = add i64 %i163, 0
  %911 = mul i64 %i171, 256
  %912 = add i64 %911, %910
  %913 = getelementptr float, ptr %848, i64 %912
  %914 = load <8 x float>, ptr %913, align 4
  %915 = add i64 %i163, 8
  %916 = mul i64 %i171, 256
  %917 = add i64 %916, %915
  %918 = getelementptr float, ptr %848, i64 %917
  %919 = load <8 x float>, ptr %918, align 4
  %920 = getelementptr float, ptr %873, i64 %i171
  %921 = load float, ptr %920, align 4
  %922 = insertelement <8 x float> undef, float %921, i32 0
  %923 = shufflevector <8 x float> %922, <8 x float> undef, <8 x i32> zeroinitializer
  %924 = load <8 x float>, ptr %18, align 32
  %925 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %923, <8 x float> %914, <8 x float> %924)
  store <8 x float> %925, ptr %18, align 32
  %926 = load <8 x float>, ptr %17, align 32
  %927 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %923, <8 x float> %919, <8 x float> %926)
  store <8 x float> %927, ptr %17, align 32
  %928 = getelementptr float, ptr %879, i64 %i171
  %929 = load float, ptr %928, align 4
  %930 = insertelement <8 x float> undef, float %929, i32 0
  %931 = shufflevector <8 x float> %930, <8 x float> undef, <8 x i32> zeroinitializer
  %932 = load <8 x float>, ptr %16, align 32
  %933 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %931, <8 x float> %914, <8 x float> %932)
  store <8 x float> %933, ptr %16, align 32
  %934 = load <8 x float>, ptr %15, align 32
  %935 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %931, <8 x float> %919, <8 x float> %934)
  store <8 x float> %935, ptr %15, align 32
  %936 = getelementptr float, ptr %885, i64 %i171
  %937 = load float, ptr %936, align 4
  %938 = insertelement <8 x float> undef, float %937, i32 0
  %939 = shufflevector <8 x float> %938, <8 x float> undef, <8 x i32> zeroinitializer
  %940 = load <8 x float>, ptr %14, align 32
  %941 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %939, <8 x float> %914, <8 x float> %940)
  store <8 x float> %941, ptr %14, align 32
  %942 = load <8 x float>, ptr %13, align 32
  %943 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %939, <8 x float> %919, <8 x float> %942)
  store <8 x float> %943, ptr %13, align 32
  %944 = getelementptr float, ptr %891, i64 %i171
  %945 = load float, ptr %944, align 4
  %946 = insertelement <8 x float> undef, float %945, i32 0
  %947 = shufflevector <8 x float> %946, <8 x float> undef, <8 x i32> zeroinitializer
  %948 = load <8 x float>, ptr %12, align 32
  %949 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %947, <8 x float> %914, <8 x float> %948)
  store <8 x float> %949, ptr %12, align 32
  %950 = load <8 x float>, ptr %11, align 32
  %951 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %947, <8 x float> %919, <8 x float> %950)
  store <8 x float> %951, ptr %11, align 32
  %952 = getelementptr float, ptr %897, i64 %i171
  %953 = load float, ptr %952, align 4
  %954 = insertelement <8 x float> undef, float %953, i32 0
  %955 = shufflevector <8 x float> %954, <8 x float> undef, <8 x i32> zeroinitializer
  %956 = load <8 x float>, ptr %10, align 32
  %957 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %955, <8 x float> %914, <8 x float> %956)
  store <8 x float> %957, ptr %10, align 32
  %958 = load <8 x float>, ptr %9, align 32
  %959 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %955, <8 x float> %919, <8 x float> %958)
  store <8 x float> %959, ptr %9, align 32
  %960 = getelementptr float, ptr %903, i64 %i171
  %961 = load float, ptr %960, align 4
  %962 = insertelement <8 x float> undef, float %961, i32 0
  %963 = shufflevector <8 x float> %962, <8 x float> undef, <8 x i32> zeroinitializer
  %964 = load <8 x float>, ptr %8, align 32
  %965 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %963, <8 x float> %914, <8 x float> %964)
  store <8 x float> %965, ptr %8, align 32
  %966 = load <8 x float>, ptr %7, align 32
  %967 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %963, <8 x float> %919, <8 x float> %966)
  store <8 x float> %967, ptr %7, align 32
  %968 = add i64 %i171, 1
  br label %loop168

done170:                                          ; preds = %loop168
  %969 = mul i64 %845, 256
  %970 = add i64 %969, %i163
  %971 = add i64 %i167, 0
  %972 = mul i64 %971, 2064
  %973 = add i64 %972, 1536
  %974 = getelementptr float, ptr %acts, i64 %973
  %975 = getelementptr float, ptr %974, i64 %970
  %976 = getelementptr float, ptr %975, i64 0
  %977 = load <8 x float>, ptr %18, align 32
  %978 = add i64 %i163, 0
  %979 = insertelement <8 x i64> undef, i64 %978, i32 0
  %980 = shufflevector <8 x i64> %979, <8 x i64> undef, <8 x i32> zeroinitializer
  %981 = add <8 x i64> %980, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %982 = icmp slt <8 x i64> %981, %861
  %983 = select <8 x i1> %982, <8 x float> %977, <8 x float> zeroinitializer
  store <8 x float> %983, ptr %976, align 4
  %984 = getelementptr float, ptr %975, i64 8
  %985 = load <8 x float>, ptr %17, align 32
  %986 = add i64 %i163, 8
  %987 = insertelement <8 x i64> undef, i64 %986, i32 0
  %988 = shufflevector <8 x i64> %987, <8 x i64> undef, <8 x i32> zeroinitializer
  %989 = add <8 x i64> %988, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %990 = icmp slt <8 x i64> %989, %861
  %991 = select <8 x i1> %990, <8 x float> %985, <8 x float> zeroinitializer
  store <8 x float> %991, ptr %984, align 4
  %992 = mul i64 %845, 256
  %993 = add i64 %992, %i163
  %994 = add i64 %i167, 1
  %995 = mul i64 %994, 2064
  %996 = add i64 %995, 1536
  %997 = getelementptr float, ptr %acts, i64 %996
  %998 = getelementptr float, ptr %997, i64 %993
  %999 = getelementptr float, ptr %998, i64 0
  %1000 = load <8 x float>, ptr %16, align 32
  %1001 = add i64 %i163, 0
  %1002 = insertelement <8 x i64> undef, i64 %1001, i32 0
  %1003 = shufflevector <8 x i64> %1002, <8 x i64> undef, <8 x i32> zeroinitializer
  %1004 = add <8 x i64> %1003, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1005 = icmp slt <8 x i64> %1004, %861
  %1006 = select <8 x i1> %1005, <8 x float> %1000, <8 x float> zeroinitializer
  store <8 x float> %1006, ptr %999, align 4
  %1007 = getelementptr float, ptr %998, i64 8
  %1008 = load <8 x float>, ptr %15, align 32
  %1009 = add i64 %i163, 8
  %1010 = insertelement <8 x i64> undef, i64 %1009, i32 0
  %1011 = shufflevector <8 x i64> %1010, <8 x i64> undef, <8 x i32> zeroinitializer
  %1012 = add <8 x i64> %1011, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1013 = icmp slt <8 x i64> %1012, %861
  %1014 = select <8 x i1> %1013, <8 x float> %1008, <8 x float> zeroinitializer
  store <8 x float> %1014, ptr %1007, align 4
  %1015 = mul i64 %845, 256
  %1016 = add i64 %1015, %i163
  %1017 = add i64 %i167, 2
  %1018 = mul i64 %1017, 2064
  %1019 = add i64 %1018, 1536
  %1020 = getelementptr float, ptr %acts, i64 %1019
  %1021 = getelementptr float, ptr %1020, i64 %1016
  %1022 = getelementptr float, ptr %1021, i64 0
  %1023 = load <8 x float>, ptr %14, align 32
  %1024 = add i64 %i163, 0
  %1025 = insertelement <8 x i64> undef, i64 %1024, i32 0
  %1026 = shufflevector <8 x i64> %1025, <8 x i64> undef, <8 x i32> zeroinitializer
  %1027 = add <8 x i64> %1026, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1028 = icmp slt <8 x i64> %1027, %861
  %1029 = select <8 x i1> %1028, <8 x float> %1023, <8 x float> zeroinitializer
  store <8 x float> %1029, ptr %1022, align 4
  %1030 = getelementptr float, ptr %1021, i64 8
  %1031 = load <8 x float>, ptr %13, align 32
  %1032 = add i64 %i163, 8
  %1033 = insertelement <8 x i64> undef, i64 %1032, i32 0
  %1034 = shufflevector <8 x i64> %1033, <8 x i64> undef, <8 x i32> zeroinitializer
  %1035 = add <8 x i64> %1034, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1036 = icmp slt <8 x i64> %1035, %861
  %1037 = select <8 x i1> %1036, <8 x float> %1031, <8 x float> zeroinitializer
  store <8 x float> %1037, ptr %1030, align 4
  %1038 = mul i64 %845, 256
  %1039 = add i64 %1038, %i163
  %1040 = add i64 %i167, 3
  %1041 = mul i64 %1040, 2064
  %1042 = add i64 %1041, 1536
  %1043 = getelementptr float, ptr %acts, i64 %1042
  %1044 = getelementptr float, ptr %1043, i64 %1039
  %1045 = getelementptr float, ptr %1044, i64 0
  %1046 = load <8 x float>, ptr %12, align 32
  %1047 = add i64 %i163, 0
  %1048 = insertelement <8 x i64> undef, i64 %1047, i32 0
  %1049 = shufflevector <8 x i64> %1048, <8 x i64> undef, <8 x i32> zeroinitializer
  %1050 = add <8 x i64> %1049, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1051 = icmp slt <8 x i64> %1050, %861
  %1052 = select <8 x i1> %1051, <8 x float> %1046, <8 x float> zeroinitializer
  store <8 x float> %1052, ptr %1045, align 4
  %1053 = getelementptr float, ptr %1044, i64 8
  %1054 = load <8 x float>, ptr %11, align 32
  %1055 = add i64 %i163, 8
  %1056 = insertelement <8 x i64> undef, i64 %1055, i32 0
  %1057 = shufflevector <8 x i64> %1056, <8 x i64> undef, <8 x i32> zeroinitializer
  %1058 = add <8 x i64> %1057, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1059 = icmp slt <8 x i64> %1058, %861
  %1060 = select <8 x i1> %1059, <8 x float> %1054, <8 x float> zeroinitializer
  store <8 x float> %1060, ptr %1053, align 4
  %1061 = mul i64 %845, 256
  %1062 = add i64 %1061, %i163
  %1063 = add i64 %i167, 4
  %1064 = mul i64 %1063, 2064
  %1065 = add i64 %1064, 1536
  %1066 = getelementptr float, ptr %acts, i64 %1065
  %1067 = getelementptr float, ptr %1066, i64 %1062
  %1068 = getelementptr float, ptr %1067, i64 0
  %1069 = load <8 x float>, ptr %10, align 32
  %1070 = add i64 %i163, 0
  %1071 = insertelement <8 x i64> undef, i64 %1070, i32 0
  %1072 = shufflevector <8 x i64> %1071, <8 x i64> undef, <8 x i32> zeroinitializer
  %1073 = add <8 x i64> %1072, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1074 = icmp slt <8 x i64> %1073, %861
  %1075 = select <8 x i1> %1074, <8 x float> %1069, <8 x float> zeroinitializer
  store <8 x float> %1075, ptr %1068, align 4
  %1076 = getelementptr float, ptr %1067, i64 8
  %1077 = load <8 x float>, ptr %9, align 32
  %1078 = add i64 %i163, 8
  %1079 = insertelement <8 x i64> undef, i64 %1078, i32 0
  %1080 = shufflevector <8 x i64> %1079, <8 x i64> undef, <8 x i32> zeroinitializer
  %1081 = add <8 x i64> %1080, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1082 = icmp slt <8 x i64> %1081, %861
  %1083 = select <8 x i1> %1082, <8 x float> %1077, <8 x float> zeroinitializer
  store <8 x float> %1083, ptr %1076, align 4
  %1084 = mul i64 %845, 256
  %1085 = add i64 %1084, %i163
  %1086 = add i64 %i167, 5
  %1087 = mul i64 %1086, 2064
  %1088 = add i64 %1087, 1536
  %1089 = getelementptr float, ptr %acts, i64 %1088
  %1090 = getelementptr float, ptr %1089, i64 %1085
  %1091 = getelementptr float, ptr %1090, i64 0
  %1092 = load <8 x float>, ptr %8, align 32
  %1093 = add i64 %i163, 0
  %1094 = insertelement <8 x i64> undef, i64 %1093, i32 0
  %1095 = shufflevector <8 x i64> %1094, <8 x i64> undef, <8 x i32> zeroinitializer
  %1096 = add <8 x i64> %1095, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1097 = icmp slt <8 x i64> %1096, %861
  %1098 = select <8 x i1> %1097, <8 x float> %1092, <8 x float> zeroinitializer
  store <8 x float> %1098, ptr %1091, align 4
  %1099 = getelementptr float, ptr %1090, i64 8
  %1100 = load <8 x float>, ptr %7, align 32
  %1101 = add i64 %i163, 8
  %1102 = insertelement <8 x i64> undef, i64 %1101, i32 0
  %1103 = shufflevector <8 x i64> %1102, <8 x i64> undef, <8 x i32> zeroinitializer
  %1104 = add <8 x i64> %1103, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1105 = icmp slt <8 x i64> %1104, %861
  %1106 = select <8 x i1> %1105, <8 x float> %1100, <8 x float> zeroinitializer
  store <8 x float> %1106, ptr %1099, align 4
  %1107 = add i64 %i167, 6
  br label %loop164

loop172:                                          ; preds = %done178, %done162
  %i175 = phi i64 [ %864, %done162 ], [ %1124, %done178 ]
  %1108 = icmp slt i64 %i175, 256
  br i1 %1108, label %body173, label %done174

body173:                                          ; preds = %loop172
  br label %loop176

done174:                                          ; preds = %loop172
  %1109 = insertelement <8 x i64> undef, i64 %859, i32 0
  %1110 = shufflevector <8 x i64> %1109, <8 x i64> undef, <8 x i32> zeroinitializer
  %1111 = add i64 %859, 15
  %1112 = udiv i64 %1111, 16
  %1113 = mul i64 %1112, 16
  br label %loop180

loop176:                                          ; preds = %body177, %body173
  %i179 = phi i64 [ %b0, %body173 ], [ %1123, %body177 ]
  %1114 = icmp slt i64 %i179, %852
  br i1 %1114, label %body177, label %done178

body177:                                          ; preds = %loop176
  %1115 = mul i64 %845, 256
  %1116 = add i64 %1115, %i175
  %1117 = mul i64 %i179, 2064
  %1118 = add i64 %1117, 1536
  %1119 = getelementptr float, ptr %acts, i64 %1118
  %1120 = getelementptr float, ptr %1119, i64 %1116
  %1121 = getelementptr float, ptr %1120, i64 0
  store <8 x float> zeroinitializer, ptr %1121, align 4
  %1122 = getelementptr float, ptr %1120, i64 8
  store <8 x float> zeroinitializer, ptr %1122, align 4
  %1123 = add i64 %i179, 1
  br label %loop176

done178:                                          ; preds = %loop176
  %1124 = add i64 %i175, 16
  br label %loop172

loop180:                                          ; preds = %done186, %done174
  %i183 = phi i64 [ 0, %done174 ], [ %1143, %done186 ]
  %1125 = icmp slt i64 %i183, %1113
  br i1 %1125, label %body181, label %done182

body181:                                          ; preds = %loop180
  br label %loop184

done182:                                          ; preds = %loop180
  br label %loop192

loop184:                                          ; preds = %done190, %body181
  %i187 = phi i64 [ %852, %body181 ], [ %1218, %done190 ]
  %1126 = icmp slt i64 %i187, %855
  br i1 %1126, label %body185, label %done186

body185:                                          ; preds = %loop184
  %1127 = mul i64 %i159, 256
  %1128 = add i64 %i187, 0
  %1129 = mul i64 %1128, 2064
  %1130 = add i64 %1129, 1280
  %1131 = getelementptr float, ptr %acts, i64 %1130
  %1132 = getelementptr float, ptr %1131, i64 %1127
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  %1133 = mul i64 %i159, 256
  %1134 = add i64 %i187, 1
  %1135 = mul i64 %1134, 2064
  %1136 = add i64 %1135, 1280
  %1137 = getelementptr float, ptr %acts, i64 %1136
  %1138 = getelementptr float, ptr %1137, i64 %1133
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  %1139 = mul i64 %i159, 256
  %1140 = sub i64 256, %1139
  %1141 = call i64 @llvm.smin.i64(i64 %1140, i64 256)
  %1142 = call i64 @llvm.smax.i64(i64 %1141, i64 0)
  br label %loop188

done186:                                          ; preds = %loop184
  %1143 = add i64 %i183, 16
  br label %loop180

loop188:                                          ; preds = %body189, %body185
  %i191 = phi i64 [ 0, %body185 ], [ %1171, %body189 ]
  %1144 = icmp slt i64 %i191, %1142
  br i1 %1144, label %body189, label %done190

body189:                                          ; preds = %loop188
  %1145 = add i64 %i183, 0
  %1146 = mul i64 %i191, 256
  %1147 = add i64 %1146, %1145
  %1148 = getelementptr float, ptr %848, i64 %1147
  %1149 = load <8 x float>, ptr %1148, align 4
  %1150 = add i64 %i183, 8
  %1151 = mul i64 %i191, 256
  %1152 = add i64 %1151, %1150
  %1153 = getelementptr float, ptr %848, i64 %1152
  %1154 = load <8 x float>, ptr %1153, align 4
  %1155 = getelementptr float, ptr %1132, i64 %i191
  %1156 = load float, ptr %1155, align 4
  %1157 = insertelement <8 x float> undef, float %1156, i32 0
  %1158 = shufflevector <8 x float> %1157, <8 x float> undef, <8 x i32> zeroinitializer
  %1159 = load <8 x float>, ptr %6, align 32
  %1160 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1158, <8 x float> %1149, <8 x float> %1159)
  store <8 x float> %1160, ptr %6, align 32
  %1161 = load <8 x float>, ptr %5, align 32
  %1162 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1158, <8 x float> %1154, <8 x float> %1161)
  store <8 x float> %1162, ptr %5, align 32
  %1163 = getelementptr float, ptr %1138, i64 %i191
  %1164 = load float, ptr %1163, align 4
  %1165 = insertelement <8 x float> undef, float %1164, i32 0
  %1166 = shufflevector <8 x float> %1165, <8 x float> undef, <8 x i32> zeroinitializer
  %1167 = load <8 x float>, ptr %4, align 32
  %1168 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1166, <8 x float> %1149, <8 x float> %1167)
  store <8 x float> %1168, ptr %4, align 32
  %1169 = load <8 x float>, ptr %3, align 32
  %1170 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1166, <8 x float> %1154, <8 x float> %1169)
  store <8 x float> %1170, ptr %3, align 32
  %1171 = add i64 %i191, 1
  br label %loop188

done190:                                          ; preds = %loop188
  %1172 = mul i64 %845, 256
  %1173 = add i64 %1172, %i183
  %1174 = add i64 %i187, 0
  %1175 = mul i64 %1174, 2064
  %1176 = add i64 %1175, 1536
  %1177 = getelementptr float, ptr %acts, i64 %1176
  %1178 = getelementptr float, ptr %1177, i64 %1173
  %1179 = getelementptr float, ptr %1178, i64 0
  %1180 = load <8 x float>, ptr %6, align 32
  %1181 = add i64 %i183, 0
  %1182 = insertelement <8 x i64> undef, i64 %1181, i32 0
  %1183 = shufflevector <8 x i64> %1182, <8 x i64> undef, <8 x i32> zeroinitializer
  %1184 = add <8 x i64> %1183, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1185 = icmp slt <8 x i64> %1184, %1110
  %1186 = select <8 x i1> %1185, <8 x float> %1180, <8 x float> zeroinitializer
  store <8 x float> %1186, ptr %1179, align 4
  %1187 = getelementptr float, ptr %1178, i64 8
  %1188 = load <8 x float>, ptr %5, align 32
  %1189 = add i64 %i183, 8
  %1190 = insertelement <8 x i64> undef, i64 %1189, i32 0
  %1191 = shufflevector <8 x i64> %1190, <8 x i64> undef, <8 x i32> zeroinitializer
  %1192 = add <8 x i64> %1191, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1193 = icmp slt <8 x i64> %1192, %1110
  %1194 = select <8 x i1> %1193, <8 x float> %1188, <8 x float> zeroinitializer
  store <8 x float> %1194, ptr %1187, align 4
  %1195 = mul i64 %845, 256
  %1196 = add i64 %1195, %i183
  %1197 = add i64 %i187, 1
  %1198 = mul i64 %1197, 2064
  %1199 = add i64 %1198, 1536
  %1200 = getelementptr float, ptr %acts, i64 %1199
  %1201 = getelementptr float, ptr %1200, i64 %1196
  %1202 = getelementptr float, ptr %1201, i64 0
  %1203 = load <8 x float>, ptr %4, align 32
  %1204 = add i64 %i183, 0
  %1205 = insertelement <8 x i64> undef, i64 %1204, i32 0
  %1206 = shufflevector <8 x i64> %1205, <8 x i64> undef, <8 x i32> zeroinitializer
  %1207 = add <8 x i64> %1206, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1208 = icmp slt <8 x i64> %1207, %1110
  %1209 = select <8 x i1> %1208, <8 x float> %1203, <8 x float> zeroinitializer
  store <8 x float> %1209, ptr %1202, align 4
  %1210 = getelementptr float, ptr %1201, i64 8
  %1211 = load <8 x float>, ptr %3, align 32
  %1212 = add i64 %i183, 8
  %1213 = insertelement <8 x i64> undef, i64 %1212, i32 0
  %1214 = shufflevector <8 x i64> %1213, <8 x i64> undef, <8 x i32> zeroinitializer
  %1215 = add <8 x i64> %1214, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1216 = icmp slt <8 x i64> %1215, %1110
  %1217 = select <8 x i1> %1216, <8 x float> %1211, <8 x float> zeroinitializer
  store <8 x float> %1217, ptr %1210, align 4
  %1218 = add i64 %i187, 2
  br label %loop184

loop192:                                          ; preds = %done198, %done182
  %i195 = phi i64 [ %1113, %done182 ], [ %1235, %done198 ]
  %1219 = icmp slt i64 %i195, 256
  br i1 %1219, label %body193, label %done194

body193:                                          ; preds = %loop192
  br label %loop196

done194:                                          ; preds = %loop192
  %1220 = insertelement <8 x i64> undef, i64 %859, i32 0
  %1221 = shufflevector <8 x i64> %1220, <8 x i64> undef, <8 x i32> zeroinitializer
  %1222 = add i64 %859, 15
  %1223 = udiv i64 %1222, 16
  %1224 = mul i64 %1223, 16
  br label %loop200

loop196:                                          ; preds = %body197, %body193
  %i199 = phi i64 [ %852, %body193 ], [ %1234, %body197 ]
  %1225 = icmp slt i64 %i199, %855
  br i1 %1225, label %body197, label %done198

body197:                                          ; preds = %loop196
  %1226 = mul i64 %845, 256
  %1227 = add i64 %1226, %i195
  %1228 = mul i64 %i199, 2064
  %1229 = add i64 %1228, 1536
  %1230 = getelementptr float, ptr %acts, i64 %1229
  %1231 = getelementptr float, ptr %1230, i64 %1227
  %1232 = getelementptr float, ptr %1231, i64 0
  store <8 x float> zeroinitializer, ptr %1232, align 4
  %1233 = getelementptr float, ptr %1231, i64 8
  store <8 x float> zeroinitializer, ptr %1233, align 4
  %1234 = add i64 %i199, 1
  br label %loop196

done198:                                          ; preds = %loop196
  %1235 = add i64 %i195, 16
  br label %loop192

loop200:                                          ; preds = %done206, %done194
  %i203 = phi i64 [ 0, %done194 ], [ %1248, %done206 ]
  %1236 = icmp slt i64 %i203, %1224
  br i1 %1236, label %body201, label %done202

body201:                                          ; preds = %loop200
  br label %loop204

done202:                                          ; preds = %loop200
  br label %loop212

loop204:                                          ; preds = %done210, %body201
  %i207 = phi i64 [ %855, %body201 ], [ %1292, %done210 ]
  %1237 = icmp slt i64 %i207, %b1
  br i1 %1237, label %body205, label %done206

body205:                                          ; preds = %loop204
  %1238 = mul i64 %i159, 256
  %1239 = add i64 %i207, 0
  %1240 = mul i64 %1239, 2064
  %1241 = add i64 %1240, 1280
  %1242 = getelementptr float, ptr %acts, i64 %1241
  %1243 = getelementptr float, ptr %1242, i64 %1238
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  %1244 = mul i64 %i159, 256
  %1245 = sub i64 256, %1244
  %1246 = call i64 @llvm.smin.i64(i64 %1245, i64 256)
  %1247 = call i64 @llvm.smax.i64(i64 %1246, i64 0)
  br label %loop208

done206:                                          ; preds = %loop204
  %1248 = add i64 %i203, 16
  br label %loop200

loop208:                                          ; preds = %body209, %body205
  %i211 = phi i64 [ 0, %body205 ], [ %1268, %body209 ]
  %1249 = icmp slt i64 %i211, %1247
  br i1 %1249, label %body209, label %done210

body209:                                          ; preds = %loop208
  %1250 = add i64 %i203, 0
  %1251 = mul i64 %i211, 256
  %1252 = add i64 %1251, %1250
  %1253 = getelementptr float, ptr %848, i64 %1252
  %1254 = load <8 x float>, ptr %1253, align 4
  %1255 = add i64 %i203, 8
  %1256 = mul i64 %i211, 256
  %1257 = add i64 %1256, %1255
  %1258 = getelementptr float, ptr %848, i64 %1257
  %1259 = load <8 x float>, ptr %1258, align 4
  %1260 = getelementptr float, ptr %1243, i64 %i211
  %1261 = load float, ptr %1260, align 4
  %1262 = insertelement <8 x float> undef, float %1261, i32 0
  %1263 = shufflevector <8 x float> %1262, <8 x float> undef, <8 x i32> zeroinitializer
  %1264 = load <8 x float>, ptr %2, align 32
  %1265 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1263, <8 x float> %1254, <8 x float> %1264)
  store <8 x float> %1265, ptr %2, align 32
  %1266 = load <8 x float>, ptr %1, align 32
  %1267 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1263, <8 x float> %1259, <8 x float> %1266)
  store <8 x float> %1267, ptr %1, align 32
  %1268 = add i64 %i211, 1
  br label %loop208

done210:                                          ; preds = %loop208
  %1269 = mul i64 %845, 256
  %1270 = add i64 %1269, %i203
  %1271 = add i64 %i207, 0
  %1272 = mul i64 %1271, 2064
  %1273 = add i64 %1272, 1536
  %1274 = getelementptr float, ptr %acts, i64 %1273
  %1275 = getelementptr float, ptr %1274, i64 %1270
  %1276 = getelementptr float, ptr %1275, i64 0
  %1277 = load <8 x float>, ptr %2, align 32
  %1278 = add i64 %i203, 0
  %1279 = insertelement <8 x i64> undef, i64 %1278, i32 0
  %1280 = shufflevector <8 x i64> %1279, <8 x i64> undef, <8 x i32> zeroinitializer
  %1281 = add <8 x i64> %1280, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1282 = icmp slt <8 x i64> %1281, %1221
  %1283 = select <8 x i1> %1282, <8 x float> %1277, <8 x float> zeroinitializer
  store <8 x float> %1283, ptr %1276, align 4
  %1284 = getelementptr float, ptr %1275, i64 8
  %1285 = load <8 x float>, ptr %1, align 32
  %1286 = add i64 %i203, 8
  %1287 = insertelement <8 x i64> undef, i64 %1286, i32 0
  %1288 = shufflevector <8 x i64> %1287, <8 x i64> undef, <8 x i32> zeroinitializer
  %1289 = add <8 x i64> %1288, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1290 = icmp slt <8 x i64> %1289, %1221
  %1291 = select <8 x i1> %1290, <8 x float> %1285, <8 x float> zeroinitializer
  store <8 x float> %1291, ptr %1284, align 4
  %1292 = add i64 %i207, 1
  br label %loop204

loop212:                                          ; preds = %done218, %done202
  %i215 = phi i64 [ %1224, %done202 ], [ %1305, %done218 ]
  %1293 = icmp slt i64 %i215, 256
  br i1 %1293, label %body213, label %done214

body213:                                          ; preds = %loop212
  br label %loop216

done214:                                          ; preds = %loop212
  %1294 = add i64 %i159, 1
  br label %loop156

loop216:                                          ; preds = %body217, %body213
  %i219 = phi i64 [ %855, %body213 ], [ %1304, %body217 ]
  %1295 = icmp slt i64 %i219, %b1
  br i1 %1295, label %body217, label %done218

body217:                                          ; preds = %loop216
  %1296 = mul i64 %845, 256
  %1297 = add i64 %1296, %i215
  %1298 = mul i64 %i219, 2064
  %1299 = add i64 %1298, 1536
  %1300 = getelementptr float, ptr %acts, i64 %1299
  %1301 = getelementptr float, ptr %1300, i64 %1297
  %1302 = getelementptr float, ptr %1301, i64 0
  store <8 x float> zeroinitializer, ptr %1302, align 4
  %1303 = getelementptr float, ptr %1301, i64 8
  store <8 x float> zeroinitializer, ptr %1303, align 4
  %1304 = add i64 %i219, 1
  br label %loop216

done218:                                          ; preds = %loop216
  %1305 = add i64 %i215, 16
  br label %loop212

then220:                                          ; preds = %join141
  br label %loop222

join221:                                          ; preds = %done224, %join141
  %1306 = icmp ult i32 8, %s1
  %1307 = icmp ule i32 %s0, 8
  %1308 = and i1 %1307, %1306
  br i1 %1308, label %then238, label %join239

loop222:                                          ; preds = %done228, %then220
  %i225 = phi i64 [ %b0, %then220 ], [ %1317, %done228 ]
  %1309 = icmp slt i64 %i225, %b1
  br i1 %1309, label %body223, label %done224

body223:                                          ; preds = %loop222
  %1310 = mul i64 %i225, 2064
  %1311 = add i64 %1310, 1536
  %1312 = getelementptr float, ptr %acts, i64 %1311
  %1313 = mul i64 %i225, 2064
  %1314 = add i64 %1313, 1792
  %1315 = getelementptr float, ptr %acts, i64 %1314
  br label %loop226

done224:                                          ; preds = %loop222
  br label %join221

loop226:                                          ; preds = %done232, %body223
  %i229 = phi i64 [ 0, %body223 ], [ %1319, %done232 ]
  %1316 = icmp slt i64 %i229, 1
  br i1 %1316, label %body227, label %done228

body227:                                          ; preds = %loop226
  br label %loop230

done228:                                          ; preds = %loop226
  %1317 = add i64 %i225, 1
  br label %loop222

loop230:                                          ; preds = %done236, %body227
  %i233 = phi i64 [ 0, %body227 ], [ %1340, %done236 ]
  %1318 = icmp slt i64 %i233, 256
  br i1 %1318, label %body231, label %done232

body231:                                          ; preds = %loop230
  store float 0.000000e+00, ptr %0, align 4
  br label %loop234

done232:                                          ; preds = %loop230
  %1319 = add i64 %i229, 1
  br label %loop226

loop234:                                          ; preds = %body235, %body231
  %i237 = phi i64 [ 0, %body231 ], [ %1329, %body235 ]
  %1320 = icmp slt i64 %i237, 1
  br i1 %1320, label %body235, label %done236

body235:                                          ; preds = %loop234
  %1321 = mul i64 %i229, 1
  %1322 = add i64 %1321, %i237
  %1323 = mul i64 %1322, 256
  %1324 = add i64 %1323, %i233
  %1325 = getelementptr float, ptr %1312, i64 %1324
  %1326 = load float, ptr %1325, align 4
  %1327 = load float, ptr %0, align 4
  %1328 = fadd float %1327, %1326
  store float %1328, ptr %0, align 4
  %1329 = add i64 %i237, 1
  br label %loop234

done236:                                          ; preds = %loop234
  %1330 = mul i64 %i229, 256
  %1331 = add i64 %1330, %i233
  %1332 = add i64 1280, %1331
  %1333 = getelementptr float, ptr %gains, i64 %1332
  %1334 = load float, ptr %1333, align 4
  %1335 = load float, ptr %0, align 4
  %1336 = fmul float %1335, %1334
  %1337 = icmp slt i64 %1331, 4
  %1338 = getelementptr float, ptr %1315, i64 %1331
  %1339 = select i1 %1337, float %1336, float 0.000000e+00
  store float %1339, ptr %1338, align 4
  %1340 = add i64 %i233, 1
  br label %loop230

then238:                                          ; preds = %join221
  br label %loop240

join239:                                          ; preds = %done242, %join221
  ret void

loop240:                                          ; preds = %done246, %then238
  %i243 = phi i64 [ %b0, %then238 ], [ %1353, %done246 ]
  %1341 = icmp slt i64 %i243, %b1
  br i1 %1341, label %body241, label %done242

body241:                                          ; preds = %loop240
  br label %loop244

done242:                                          ; preds = %loop240
  br label %join239

loop244:                                          ; preds = %body245, %body241
  %i247 = phi i64 [ 0, %body241 ], [ %1352, %body245 ]
  %1342 = icmp slt i64 %i247, 4
  br i1 %1342, label %body245, label %done246

body245:                                          ; preds = %loop244
  %1343 = mul i64 %i243, 2064
  %1344 = add i64 %1343, 2048
  %1345 = getelementptr float, ptr %acts, i64 %1344
  %1346 = getelementptr float, ptr %1345, i64 %i247
  %1347 = mul i64 %i243, 2064
  %1348 = add i64 %1347, 1792
  %1349 = getelementptr float, ptr %acts, i64 %1348
  %1350 = getelementptr float, ptr %1349, i64 %i247
  %1351 = load float, ptr %1350, align 4
  store float %1351, ptr %1346, align 4
  %1352 = add i64 %i247, 1
  br label %loop244

done246:                                          ; preds = %loop244
  %1353 = add i64 %i243, 1
  br label %loop240
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #0

define void @eic_loss(ptr %acts, ptr %dacts, ptr %labels, i64 %b0, i64 %b1, i64 %batch, ptr %loss, ptr %correct, float %smoothing) {
entry:
  %0 = alloca float, align 4
  %1 = alloca float, align 4
  %2 = alloca i64, align 8
  %3 = alloca float, align 4
  %4 = fsub float 1.000000e+00, %smoothing
  %5 = fdiv float %smoothing, 4.000000e+00
  %6 = sitofp i64 %batch to float
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %b0, %entry ], [ %66, %done11 ]
  %7 = icmp slt i64 %i, %b1
  br i1 %7, label %body, label %done

body:                                             ; preds = %loop
  %8 = mul i64 %i, 2064
  %9 = add i64 %8, 2048
  %10 = getelementptr float, ptr %acts, i64 %9
  %11 = mul i64 %i, 2064
  %12 = add i64 %11, 2048
  %13 = getelementptr float, ptr %dacts, i64 %12
  %14 = getelementptr i32, ptr %labels, i64 %i
  %15 = load i32, ptr %14, align 4
  %16 = sext i32 %15 to i64
  %17 = load float, ptr %10, align 4
  store float %17, ptr %3, align 4
  store i64 0, ptr %2, align 4
  br label %loop1

done:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 1, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, 4
  br i1 %18, label %body2, label %done3

body2:                                            ; preds = %loop1
  %19 = getelementptr float, ptr %10, i64 %i4
  %20 = load float, ptr %19, align 4
  %21 = load float, ptr %3, align 4
  %22 = fcmp ogt float %20, %21
  %23 = load float, ptr %3, align 4
  %24 = select i1 %22, float %20, float %23
  store float %24, ptr %3, align 4
  %25 = load i64, ptr %2, align 4
  %26 = select i1 %22, i64 %i4, i64 %25
  store i64 %26, ptr %2, align 4
  %27 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %28 = load float, ptr %3, align 4
  store float 0.000000e+00, ptr %1, align 4
  store float 0.000000e+00, ptr %0, align 4
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %39, %body6 ]
  %29 = icmp slt i64 %i8, 4
  br i1 %29, label %body6, label %done7

body6:                                            ; preds = %loop5
  %30 = getelementptr float, ptr %10, i64 %i8
  %31 = load float, ptr %30, align 4
  %32 = fsub float %31, %28
  %33 = call float @llvm.exp.f32(float %32)
  %34 = getelementptr float, ptr %13, i64 %i8
  store float %33, ptr %34, align 4
  %35 = load float, ptr %1, align 4
  %36 = fadd float %35, %33
  store float %36, ptr %1, align 4
  %37 = load float, ptr %0, align 4
  %38 = fadd float %37, %31
  store float %38, ptr %0, align 4
  %39 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %40 = load float, ptr %1, align 4
  %41 = call float @llvm.log.f32(float %40)
  %42 = fadd float %28, %41
  %43 = getelementptr float, ptr %10, i64 %16
  %44 = load float, ptr %43, align 4
  %45 = fmul float %4, %44
  %46 = fsub float %42, %45
  %47 = load float, ptr %0, align 4
  %48 = fmul float %5, %47
  %49 = fsub float %46, %48
  %50 = getelementptr float, ptr %loss, i64 %i
  store float %49, ptr %50, align 4
  %51 = load i64, ptr %2, align 4
  %52 = icmp eq i64 %51, %16
  %53 = zext i1 %52 to i32
  %54 = getelementptr i32, ptr %correct, i64 %i
  store i32 %53, ptr %54, align 4
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %65, %body10 ]
  %55 = icmp slt i64 %i12, 4
  br i1 %55, label %body10, label %done11

body10:                                           ; preds = %loop9
  %56 = getelementptr float, ptr %13, i64 %i12
  %57 = load float, ptr %56, align 4
  %58 = fdiv float %57, %40
  %59 = icmp eq i64 %i12, %16
  %60 = select i1 %59, float %4, float 0.000000e+00
  %61 = fadd float %60, %5
  %62 = getelementptr float, ptr %13, i64 %i12
  %63 = fsub float %58, %61
  %64 = fdiv float %63, %6
  store float %64, ptr %62, align 4
  %65 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %66 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #0

define void @eic_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, i64 %b0, i64 %b1, i32 %prec, i64 %seed, i64 %step, i64 %first, i32 %s0, i32 %s1) {
entry:
  %0 = alloca <8 x float>, align 32
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %bf16 = icmp eq i32 %prec, 1
  %18 = icmp ult i32 8, %s1
  %19 = icmp ule i32 %s0, 8
  %20 = and i1 %19, %18
  br i1 %20, label %then, label %join

then:                                             ; preds = %entry
  br label %loop

join:                                             ; preds = %done, %entry
  %21 = icmp ult i32 7, %s1
  %22 = icmp ule i32 %s0, 7
  %23 = and i1 %22, %21
  br i1 %23, label %then9, label %join10

loop:                                             ; preds = %done7, %then
  %i = phi i64 [ %b0, %then ], [ %39, %done7 ]
  %24 = icmp slt i64 %i, %b1
  br i1 %24, label %body, label %done

body:                                             ; preds = %loop
  %25 = mul i64 %i, 2064
  %26 = add i64 %25, 1792
  %27 = getelementptr float, ptr %dacts, i64 %26
  br label %loop1

done:                                             ; preds = %loop
  br label %join

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %30, %body2 ]
  %28 = icmp slt i64 %i4, 256
  br i1 %28, label %body2, label %done3

body2:                                            ; preds = %loop1
  %29 = getelementptr float, ptr %27, i64 %i4
  store <8 x float> zeroinitializer, ptr %29, align 4
  %30 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %38, %body6 ]
  %31 = icmp slt i64 %i8, 4
  br i1 %31, label %body6, label %done7

body6:                                            ; preds = %loop5
  %32 = getelementptr float, ptr %27, i64 %i8
  %33 = mul i64 %i, 2064
  %34 = add i64 %33, 2048
  %35 = getelementptr float, ptr %dacts, i64 %34
  %36 = getelementptr float, ptr %35, i64 %i8
  %37 = load float, ptr %36, align 4
  store float %37, ptr %32, align 4
  %38 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %39 = add i64 %i, 1
  br label %loop

then9:                                            ; preds = %join
  br label %loop11

join10:                                           ; preds = %done13, %join
  %40 = icmp ult i32 6, %s1
  %41 = icmp ule i32 %s0, 6
  %42 = and i1 %41, %40
  br i1 %42, label %then27, label %join28

loop11:                                           ; preds = %done17, %then9
  %i14 = phi i64 [ %b0, %then9 ], [ %51, %done17 ]
  %43 = icmp slt i64 %i14, %b1
  br i1 %43, label %body12, label %done13

body12:                                           ; preds = %loop11
  %44 = mul i64 %i14, 2064
  %45 = add i64 %44, 1792
  %46 = getelementptr float, ptr %dacts, i64 %45
  %47 = mul i64 %i14, 2064
  %48 = add i64 %47, 1536
  %49 = getelementptr float, ptr %dacts, i64 %48
  br label %loop15

done13:                                           ; preds = %loop11
  br label %join10

loop15:                                           ; preds = %done21, %body12
  %i18 = phi i64 [ 0, %body12 ], [ %74, %done21 ]
  %50 = icmp slt i64 %i18, 1
  br i1 %50, label %body16, label %done17

body16:                                           ; preds = %loop15
  br label %loop19

done17:                                           ; preds = %loop15
  %51 = add i64 %i14, 1
  br label %loop11

loop19:                                           ; preds = %done25, %body16
  %i22 = phi i64 [ 0, %body16 ], [ %82, %done25 ]
  %52 = icmp slt i64 %i22, 256
  br i1 %52, label %body20, label %done21

body20:                                           ; preds = %loop19
  %53 = mul i64 %i18, 256
  %54 = add i64 %53, %i22
  %55 = getelementptr float, ptr %46, i64 %54
  %56 = load float, ptr %55, align 4
  %57 = bitcast float %56 to i32
  %58 = lshr i32 %57, 16
  %59 = and i32 %58, 1
  %60 = add i32 %59, 32767
  %61 = add i32 %57, %60
  %62 = fcmp uno float %56, %56
  %63 = or i32 %57, 4194304
  %64 = select i1 %62, i32 %63, i32 %61
  %65 = and i32 %64, -65536
  %66 = bitcast i32 %65 to float
  %67 = select i1 %bf16, float %66, float %56
  store float %67, ptr %55, align 4
  %68 = add i64 1280, %54
  %69 = getelementptr float, ptr %gains, i64 %68
  %70 = load float, ptr %69, align 4
  %71 = fmul float %67, %70
  %72 = icmp slt i64 %54, 4
  %73 = select i1 %72, float %71, float 0.000000e+00
  br label %loop23

done21:                                           ; preds = %loop19
  %74 = add i64 %i18, 1
  br label %loop15

loop23:                                           ; preds = %body24, %body20
  %i26 = phi i64 [ 0, %body20 ], [ %81, %body24 ]
  %75 = icmp slt i64 %i26, 1
  br i1 %75, label %body24, label %done25

body24:                                           ; preds = %loop23
  %76 = mul i64 %i18, 1
  %77 = add i64 %76, %i26
  %78 = mul i64 %77, 256
  %79 = add i64 %78, %i22
  %80 = getelementptr float, ptr %49, i64 %79
  store float %73, ptr %80, align 4
  %81 = add i64 %i26, 1
  br label %loop23

done25:                                           ; preds = %loop23
  %82 = add i64 %i22, 1
  br label %loop19

then27:                                           ; preds = %join10
  br label %loop29

join28:                                           ; preds = %done39, %join10
  %83 = icmp ult i32 5, %s1
  %84 = icmp ule i32 %s0, 5
  %85 = and i1 %84, %83
  br i1 %85, label %then87, label %join88

loop29:                                           ; preds = %done35, %then27
  %i32 = phi i64 [ %b0, %then27 ], [ %96, %done35 ]
  %86 = icmp slt i64 %i32, %b1
  br i1 %86, label %body30, label %done31

body30:                                           ; preds = %loop29
  %87 = mul i64 %i32, 2064
  %88 = add i64 %87, 1280
  %89 = getelementptr float, ptr %dacts, i64 %88
  br label %loop33

done31:                                           ; preds = %loop29
  %90 = getelementptr float, ptr %params, i64 132368
  %91 = getelementptr float, ptr %gains, i64 198144
  %92 = select i1 %bf16, ptr %91, ptr %90
  br label %loop37

loop33:                                           ; preds = %body34, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %95, %body34 ]
  %93 = icmp slt i64 %i36, 256
  br i1 %93, label %body34, label %done35

body34:                                           ; preds = %loop33
  %94 = getelementptr float, ptr %89, i64 %i36
  store <8 x float> zeroinitializer, ptr %94, align 4
  %95 = add i64 %i36, 8
  br label %loop33

done35:                                           ; preds = %loop33
  %96 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %done43, %done31
  %i40 = phi i64 [ 0, %done31 ], [ %116, %done43 ]
  %97 = icmp slt i64 %i40, 1
  br i1 %97, label %body38, label %done39

body38:                                           ; preds = %loop37
  br label %loop41

done39:                                           ; preds = %loop37
  br label %join28

loop41:                                           ; preds = %done75, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %440, %done75 ]
  %98 = icmp slt i64 %i44, 1
  br i1 %98, label %body42, label %done43

body42:                                           ; preds = %loop41
  %99 = mul i64 %i40, 1
  %100 = add i64 %99, %i44
  %101 = mul i64 %100, 65536
  %102 = getelementptr float, ptr %92, i64 %101
  %103 = mul i64 %100, 256
  %104 = mul i64 %i40, 256
  %105 = sub i64 %b1, %b0
  %106 = sdiv i64 %105, 6
  %107 = mul i64 %106, 6
  %108 = add i64 %b0, %107
  %109 = sub i64 %b1, %108
  %110 = and i64 %109, -2
  %111 = add i64 %108, %110
  %112 = mul i64 %i40, 256
  %113 = sub i64 4, %112
  %114 = call i64 @llvm.smin.i64(i64 %113, i64 256)
  %115 = call i64 @llvm.smax.i64(i64 %114, i64 0)
  br label %loop45

done43:                                           ; preds = %loop41
  %116 = add i64 %i40, 1
  br label %loop37

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ 0, %body42 ], [ %245, %done51 ]
  %117 = icmp slt i64 %i48, 256
  br i1 %117, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  br label %loop59

loop49:                                           ; preds = %done55, %body46
  %i52 = phi i64 [ %b0, %body46 ], [ %290, %done55 ]
  %118 = icmp slt i64 %i52, %108
  br i1 %118, label %body50, label %done51

body50:                                           ; preds = %loop49
  %119 = mul i64 %i44, 256
  %120 = add i64 %119, %i48
  %121 = add i64 %i52, 0
  %122 = mul i64 %121, 2064
  %123 = add i64 %122, 1280
  %124 = getelementptr float, ptr %dacts, i64 %123
  %125 = getelementptr float, ptr %124, i64 %120
  %126 = add i64 %i52, 0
  %127 = mul i64 %126, 2064
  %128 = add i64 %127, 1536
  %129 = getelementptr float, ptr %dacts, i64 %128
  %130 = getelementptr float, ptr %129, i64 %103
  %131 = add i64 %i52, 0
  %132 = mul i64 %131, 2064
  %133 = add i64 %132, 1792
  %134 = getelementptr float, ptr %dacts, i64 %133
  %135 = getelementptr float, ptr %134, i64 %104
  %136 = getelementptr float, ptr %125, i64 0
  %137 = load <8 x float>, ptr %136, align 4
  store <8 x float> %137, ptr %17, align 32
  %138 = getelementptr float, ptr %125, i64 8
  %139 = load <8 x float>, ptr %138, align 4
  store <8 x float> %139, ptr %16, align 32
  %140 = mul i64 %i44, 256
  %141 = add i64 %140, %i48
  %142 = add i64 %i52, 1
  %143 = mul i64 %142, 2064
  %144 = add i64 %143, 1280
  %145 = getelementptr float, ptr %dacts, i64 %144
  %146 = getelementptr float, ptr %145, i64 %141
  %147 = add i64 %i52, 1
  %148 = mul i64 %147, 2064
  %149 = add i64 %148, 1536
  %150 = getelementptr float, ptr %dacts, i64 %149
  %151 = getelementptr float, ptr %150, i64 %103
  %152 = add i64 %i52, 1
  %153 = mul i64 %152, 2064
  %154 = add i64 %153, 1792
  %155 = getelementptr float, ptr %dacts, i64 %154
  %156 = getelementptr float, ptr %155, i64 %104
  %157 = getelementptr float, ptr %146, i64 0
  %158 = load <8 x float>, ptr %157, align 4
  store <8 x float> %158, ptr %15, align 32
  %159 = getelementptr float, ptr %146, i64 8
  %160 = load <8 x float>, ptr %159, align 4
  store <8 x float> %160, ptr %14, align 32
  %161 = mul i64 %i44, 256
  %162 = add i64 %161, %i48
  %163 = add i64 %i52, 2
  %164 = mul i64 %163, 2064
  %165 = add i64 %164, 1280
  %166 = getelementptr float, ptr %dacts, i64 %165
  %167 = getelementptr float, ptr %166, i64 %162
  %168 = add i64 %i52, 2
  %169 = mul i64 %168, 2064
  %170 = add i64 %169, 1536
  %171 = getelementptr float, ptr %dacts, i64 %170
  %172 = getelementptr float, ptr %171, i64 %103
  %173 = add i64 %i52, 2
  %174 = mul i64 %173, 2064
  %175 = add i64 %174, 1792
  %176 = getelementptr float, ptr %dacts, i64 %175
  %177 = getelementptr float, ptr %176, i64 %104
  %178 = getelementptr float, ptr %167, i64 0
  %179 = load <8 x float>, ptr %178, align 4
  store <8 x float> %179, ptr %13, align 32
  %180 = getelementptr float, ptr %167, i64 8
  %181 = load <8 x float>, ptr %180, align 4
  store <8 x float> %181, ptr %12, align 32
  %182 = mul i64 %i44, 256
  %183 = add i64 %182, %i48
  %184 = add i64 %i52, 3
  %185 = mul i64 %184, 2064
  %186 = add i64 %185, 1280
  %187 = getelementptr float, ptr %dacts, i64 %186
  %188 = getelementptr float, ptr %187, i64 %183
  %189 = add i64 %i52, 3
  %190 = mul i64 %189, 2064
  %191 = add i64 %190, 1536
  %192 = getelementptr float, ptr %dacts, i64 %191
  %193 = getelementptr float, ptr %192, i64 %103
  %194 = add i64 %i52, 3
  %195 = mul i64 %194, 2064
  %196 = add i64 %195, 1792
  %197 = getelementptr float, ptr %dacts, i64 %196
  %198 = getelementptr float, ptr %197, i64 %104
  %199 = getelementptr float, ptr %188, i64 0
  %200 = load <8 x float>, ptr %199, align 4
  store <8 x float> %200, ptr %11, align 32
  %201 = getelementptr float, ptr %188, i64 8
  %202 = load <8 x float>, ptr %201, align 4
  store <8 x float> %202, ptr %10, align 32
  %203 = mul i64 %i44, 256
  %204 = add i64 %203, %i48
  %205 = add i64 %i52, 4
  %206 = mul i64 %205, 2064
  %207 = add i64 %206, 1280
  %208 = getelementptr float, ptr %dacts, i64 %207
  %209 = getelementptr float, ptr %208, i64 %204
  %210 = add i64 %i52, 4
  %211 = mul i64 %210, 2064
  %212 = add i64 %211, 1536
  %213 = getelementptr float, ptr %dacts, i64 %212
  %214 = getelementptr float, ptr %213, i64 %103
  %215 = add i64 %i52, 4
  %216 = mul i64 %215, 2064
  %217 = add i64 %216, 1792
  %218 = getelementptr float, ptr %dacts, i64 %217
  %219 = getelementptr float, ptr %218, i64 %104
  %220 = getelementptr float, ptr %209, i64 0
  %221 = load <8 x float>, ptr %220, align 4
  store <8 x float> %221, ptr %9, align 32
  %222 = getelementptr float, ptr %209, i64 8
  %223 = load <8 x float>, ptr %222, align 4
  store <8 x float> %223, ptr %8, align 32
  %224 = mul i64 %i44, 256
  %225 = add i64 %224, %i48
  %226 = add i64 %i52, 5
  %227 = mul i64 %226, 2064
  %228 = add i64 %227, 1280
  %229 = getelementptr float, ptr %dacts, i64 %228
  %230 = getelementptr float, ptr %229, i64 %225
  %231 = add i64 %i52, 5
  %232 = mul i64 %231, 2064
  %233 = add i64 %232, 1536
  %234 = getelementptr float, ptr %dacts, i64 %233
  %235 = getelementptr float, ptr %234, i64 %103
  %236 = add i64 %i52, 5
  %237 = mul i64 %236, 2064
  %238 = add i64 %237, 1792
  %239 = getelementptr float, ptr %dacts, i64 %238
  %240 = getelementptr float, ptr %239, i64 %104
  %241 = getelementptr float, ptr %230, i64 0
  %242 = load <8 x float>, ptr %241, align 4
  store <8 x float> %242, ptr %7, align 32
  %243 = getelementptr float, ptr %230, i64 8
  %244 = load <8 x float>, ptr %243, align 4
  store <8 x float> %244, ptr %6, align 32
  br label %loop53

done51:                                           ; preds = %loop49
  %245 = add i64 %i48, 16
  br label %loop45

loop53:                                           ; preds = %join58, %body50
  %i56 = phi i64 [ 0, %body50 ], [ %349, %join58 ]
  %246 = icmp slt i64 %i56, %115
  br i1 %246, label %body54, label %done55

body54:                                           ; preds = %loop53
  %247 = getelementptr float, ptr %135, i64 %i56
  %248 = getelementptr float, ptr %156, i64 %i56
  %249 = getelementptr float, ptr %177, i64 %i56
  %250 = getelementptr float, ptr %198, i64 %i56
  %251 = getelementptr float, ptr %219, i64 %i56
  %252 = getelementptr float, ptr %240, i64 %i56
  %253 = load i32, ptr %247, align 4
  %254 = load i32, ptr %248, align 4
  %255 = or i32 %253, %254
  %256 = load i32, ptr %249, align 4
  %257 = or i32 %255, %256
  %258 = load i32, ptr %250, align 4
  %259 = or i32 %257, %258
  %260 = load i32, ptr %251, align 4
  %261 = or i32 %259, %260
  %262 = load i32, ptr %252, align 4
  %263 = or i32 %261, %262
  %264 = shl i32 %263, 1
  %265 = icmp ne i32 %264, 0
  br i1 %265, label %then57, label %join58

done55:                                           ; preds = %loop53
  %266 = getelementptr float, ptr %125, i64 0
  %267 = load <8 x float>, ptr %17, align 32
  store <8 x float> %267, ptr %266, align 4
  %268 = getelementptr float, ptr %125, i64 8
  %269 = load <8 x float>, ptr %16, align 32
  store <8 x float> %269, ptr %268, align 4
  %270 = getelementptr float, ptr %146, i64 0
  %271 = load <8 x float>, ptr %15, align 32
  store <8 x float> %271, ptr %270, align 4
  %272 = getelementptr float, ptr %146, i64 8
  %273 = load <8 x float>, ptr %14, align 32
  store <8 x float> %273, ptr %272, align 4
  %274 = getelementptr float, ptr %167, i64 0
  %275 = load <8 x float>, ptr %13, align 32
  store <8 x float> %275, ptr %274, align 4
  %276 = getelementptr float, ptr %167, i64 8
  %277 = load <8 x float>, ptr %12, align 32
  store <8 x float> %277, ptr %276, align 4
  %278 = getelementptr float, ptr %188, i64 0
  %279 = load <8 x float>, ptr %11, align 32
  store <8 x float> %279, ptr %278, align 4
  %280 = getelementptr float, ptr %188, i64 8
  %281 = load <8 x float>, ptr %10, align 32
  store <8 x float> %281, ptr %280, align 4
  %282 = getelementptr float, ptr %209, i64 0
  %283 = load <8 x float>, ptr %9, align 32
  store <8 x float> %283, ptr %282, align 4
  %284 = getelementptr float, ptr %209, i64 8
  %285 = load <8 x float>, ptr %8, align 32
  store <8 x float> %285, ptr %284, align 4
  %286 = getelementptr float, ptr %230, i64 0
  %287 = load <8 x float>, ptr %7, align 32
  store <8 x float> %287, ptr %286, align 4
  %288 = getelementptr float, ptr %230, i64 8
  %289 = load <8 x float>, ptr %6, align 32
  store <8 x float> %289, ptr %288, align 4
  %290 = add i64 %i52, 6
  br label %loop49

then57:                                           ; preds = %body54
  %291 = getelementptr float, ptr %130, i64 %i56
  %292 = load float, ptr %291, align 4
  %293 = getelementptr float, ptr %151, i64 %i56
  %294 = load float, ptr %293, align 4
  %295 = getelementptr float, ptr %172, i64 %i56
  %296 = load float, ptr %295, align 4
  %297 = getelementptr float, ptr %193, i64 %i56
  %298 = load float, ptr %297, align 4
  %299 = getelementptr float, ptr %214, i64 %i56
  %300 = load float, ptr %299, align 4
  %301 = getelementptr float, ptr %235, i64 %i56
  %302 = load float, ptr %301, align 4
  %303 = add i64 %i48, 0
  %304 = mul i64 %i56, 256
  %305 = add i64 %304, %303
  %306 = getelementptr float, ptr %102, i64 %305
  %307 = load <8 x float>, ptr %306, align 4
  %308 = add i64 %i48, 8
  %309 = mul i64 %i56, 256
  %310 = add i64 %309, %308
  %311 = getelementptr float, ptr %102, i64 %310
  %312 = load <8 x float>, ptr %311, align 4
  %313 = insertelement <8 x float> undef, float %292, i32 0
  %314 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %315 = load <8 x float>, ptr %17, align 32
  %316 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %314, <8 x float> %307, <8 x float> %315)
  store <8 x float> %316, ptr %17, align 32
  %317 = load <8 x float>, ptr %16, align 32
  %318 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %314, <8 x float> %312, <8 x float> %317)
  store <8 x float> %318, ptr %16, align 32
  %319 = insertelement <8 x float> undef, float %294, i32 0
  %320 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = load <8 x float>, ptr %15, align 32
  %322 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %320, <8 x float> %307, <8 x float> %321)
  store <8 x float> %322, ptr %15, align 32
  %323 = load <8 x float>, ptr %14, align 32
  %324 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %320, <8 x float> %312, <8 x float> %323)
  store <8 x float> %324, ptr %14, align 32
  %325 = insertelement <8 x float> undef, float %296, i32 0
  %326 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, ptr %13, align 32
  %328 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %326, <8 x float> %307, <8 x float> %327)
  store <8 x float> %328, ptr %13, align 32
  %329 = load <8 x float>, ptr %12, align 32
  %330 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %326, <8 x float> %312, <8 x float> %329)
  store <8 x float> %330, ptr %12, align 32
  %331 = insertelement <8 x float> undef, float %298, i32 0
  %332 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %333 = load <8 x float>, ptr %11, align 32
  %334 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %332, <8 x float> %307, <8 x float> %333)
  store <8 x float> %334, ptr %11, align 32
  %335 = load <8 x float>, ptr %10, align 32
  %336 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %332, <8 x float> %312, <8 x float> %335)
  store <8 x float> %336, ptr %10, align 32
  %337 = insertelement <8 x float> undef, float %300, i32 0
  %338 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %339 = load <8 x float>, ptr %9, align 32
  %340 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %338, <8 x float> %307, <8 x float> %339)
  store <8 x float> %340, ptr %9, align 32
  %341 = load <8 x float>, ptr %8, align 32
  %342 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %338, <8 x float> %312, <8 x float> %341)
  store <8 x float> %342, ptr %8, align 32
  %343 = insertelement <8 x float> undef, float %302, i32 0
  %344 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %345 = load <8 x float>, ptr %7, align 32
  %346 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %344, <8 x float> %307, <8 x float> %345)
  store <8 x float> %346, ptr %7, align 32
  %347 = load <8 x float>, ptr %6, align 32
  %348 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %344, <8 x float> %312, <8 x float> %347)
  store <8 x float> %348, ptr %6, align 32
  br label %join58

join58:                                           ; preds = %then57, %body54
  %349 = add i64 %i56, 1
  br label %loop53

loop59:                                           ; preds = %done65, %done47
  %i62 = phi i64 [ 0, %done47 ], [ %394, %done65 ]
  %350 = icmp slt i64 %i62, 256
  br i1 %350, label %body60, label %done61

body60:                                           ; preds = %loop59
  br label %loop63

done61:                                           ; preds = %loop59
  br label %loop73

loop63:                                           ; preds = %done69, %body60
  %i66 = phi i64 [ %108, %body60 ], [ %411, %done69 ]
  %351 = icmp slt i64 %i66, %111
  br i1 %351, label %body64, label %done65

body64:                                           ; preds = %loop63
  %352 = mul i64 %i44, 256
  %353 = add i64 %352, %i62
  %354 = add i64 %i66, 0
  %355 = mul i64 %354, 2064
  %356 = add i64 %355, 1280
  %357 = getelementptr float, ptr %dacts, i64 %356
  %358 = getelementptr float, ptr %357, i64 %353
  %359 = add i64 %i66, 0
  %360 = mul i64 %359, 2064
  %361 = add i64 %360, 1536
  %362 = getelementptr float, ptr %dacts, i64 %361
  %363 = getelementptr float, ptr %362, i64 %103
  %364 = add i64 %i66, 0
  %365 = mul i64 %364, 2064
  %366 = add i64 %365, 1792
  %367 = getelementptr float, ptr %dacts, i64 %366
  %368 = getelementptr float, ptr %367, i64 %104
  %369 = getelementptr float, ptr %358, i64 0
  %370 = load <8 x float>, ptr %369, align 4
  store <8 x float> %370, ptr %5, align 32
  %371 = getelementptr float, ptr %358, i64 8
  %372 = load <8 x float>, ptr %371, align 4
  store <8 x float> %372, ptr %4, align 32
  %373 = mul i64 %i44, 256
  %374 = add i64 %373, %i62
  %375 = add i64 %i66, 1
  %376 = mul i64 %375, 2064
  %377 = add i64 %376, 1280
  %378 = getelementptr float, ptr %dacts, i64 %377
  %379 = getelementptr float, ptr %378, i64 %374
  %380 = add i64 %i66, 1
  %381 = mul i64 %380, 2064
  %382 = add i64 %381, 1536
  %383 = getelementptr float, ptr %dacts, i64 %382
  %384 = getelementptr float, ptr %383, i64 %103
  %385 = add i64 %i66, 1
  %386 = mul i64 %385, 2064
  %387 = add i64 %386, 1792
  %388 = getelementptr float, ptr %dacts, i64 %387
  %389 = getelementptr float, ptr %388, i64 %104
  %390 = getelementptr float, ptr %379, i64 0
  %391 = load <8 x float>, ptr %390, align 4
  store <8 x float> %391, ptr %3, align 32
  %392 = getelementptr float, ptr %379, i64 8
  %393 = load <8 x float>, ptr %392, align 4
  store <8 x float> %393, ptr %2, align 32
  br label %loop67

done65:                                           ; preds = %loop63
  %394 = add i64 %i62, 16
  br label %loop59

loop67:                                           ; preds = %join72, %body64
  %i70 = phi i64 [ 0, %body64 ], [ %438, %join72 ]
  %395 = icmp slt i64 %i70, %115
  br i1 %395, label %body68, label %done69

body68:                                           ; preds = %loop67
  %396 = getelementptr float, ptr %368, i64 %i70
  %397 = getelementptr float, ptr %389, i64 %i70
  %398 = load i32, ptr %396, align 4
  %399 = load i32, ptr %397, align 4
  %400 = or i32 %398, %399
  %401 = shl i32 %400, 1
  %402 = icmp ne i32 %401, 0
  br i1 %402, label %then71, label %join72

done69:                                           ; preds = %loop67
  %403 = getelementptr float, ptr %358, i64 0
  %404 = load <8 x float>, ptr %5, align 32
  store <8 x float> %404, ptr %403, align 4
  %405 = getelementptr float, ptr %358, i64 8
  %406 = load <8 x float>, ptr %4, align 32
  store <8 x float> %406, ptr %405, align 4
  %407 = getelementptr float, ptr %379, i64 0
  %408 = load <8 x float>, ptr %3, align 32
  store <8 x float> %408, ptr %407, align 4
  %409 = getelementptr float, ptr %379, i64 8
  %410 = load <8 x float>, ptr %2, align 32
  store <8 x float> %410, ptr %409, align 4
  %411 = add i64 %i66, 2
  br label %loop63

then71:                                           ; preds = %body68
  %412 = getelementptr float, ptr %363, i64 %i70
  %413 = load float, ptr %412, align 4
  %414 = getelementptr float, ptr %384, i64 %i70
  %415 = load float, ptr %414, align 4
  %416 = add i64 %i62, 0
  %417 = mul i64 %i70, 256
  %418 = add i64 %417, %416
  %419 = getelementptr float, ptr %102, i64 %418
  %420 = load <8 x float>, ptr %419, align 4
  %421 = add i64 %i62, 8
  %422 = mul i64 %i70, 256
  %423 = add i64 %422, %421
  %424 = getelementptr float, ptr %102, i64 %423
  %425 = load <8 x float>, ptr %424, align 4
  %426 = insertelement <8 x float> undef, float %413, i32 0
  %427 = shufflevector <8 x float> %426, <8 x float> undef, <8 x i32> zeroinitializer
  %428 = load <8 x float>, ptr %5, align 32
  %429 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %427, <8 x float> %420, <8 x float> %428)
  store <8 x float> %429, ptr %5, align 32
  %430 = load <8 x float>, ptr %4, align 32
  %431 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %427, <8 x float> %425, <8 x float> %430)
  store <8 x float> %431, ptr %4, align 32
  %432 = insertelement <8 x float> undef, float %415, i32 0
  %433 = shufflevector <8 x float> %432, <8 x float> undef, <8 x i32> zeroinitializer
  %434 = load <8 x float>, ptr %3, align 32
  %435 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %433, <8 x float> %420, <8 x float> %434)
  store <8 x float> %435, ptr %3, align 32
  %436 = load <8 x float>, ptr %2, align 32
  %437 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %433, <8 x float> %425, <8 x float> %436)
  store <8 x float> %437, ptr %2, align 32
  br label %join72

join72:                                           ; preds = %then71, %body68
  %438 = add i64 %i70, 1
  br label %loop67

loop73:                                           ; preds = %done79, %done61
  %i76 = phi i64 [ 0, %done61 ], [ %463, %done79 ]
  %439 = icmp slt i64 %i76, 256
  br i1 %439, label %body74, label %done75

body74:                                           ; preds = %loop73
  br label %loop77

done75:                                           ; preds = %loop73
  %440 = add i64 %i44, 1
  br label %loop41

loop77:                                           ; preds = %done83, %body74
  %i80 = phi i64 [ %111, %body74 ], [ %473, %done83 ]
  %441 = icmp slt i64 %i80, %b1
  br i1 %441, label %body78, label %done79

body78:                                           ; preds = %loop77
  %442 = mul i64 %i44, 256
  %443 = add i64 %442, %i76
  %444 = add i64 %i80, 0
  %445 = mul i64 %444, 2064
  %446 = add i64 %445, 1280
  %447 = getelementptr float, ptr %dacts, i64 %446
  %448 = getelementptr float, ptr %447, i64 %443
  %449 = add i64 %i80, 0
  %450 = mul i64 %449, 2064
  %451 = add i64 %450, 1536
  %452 = getelementptr float, ptr %dacts, i64 %451
  %453 = getelementptr float, ptr %452, i64 %103
  %454 = add i64 %i80, 0
  %455 = mul i64 %454, 2064
  %456 = add i64 %455, 1792
  %457 = getelementptr float, ptr %dacts, i64 %456
  %458 = getelementptr float, ptr %457, i64 %104
  %459 = getelementptr float, ptr %448, i64 0
  %460 = load <8 x float>, ptr %459, align 4
  store <8 x float> %460, ptr %1, align 32
  %461 = getelementptr float, ptr %448, i64 8
  %462 = load <8 x float>, ptr %461, align 4
  store <8 x float> %462, ptr %0, align 32
  br label %loop81

done79:                                           ; preds = %loop77
  %463 = add i64 %i76, 16
  br label %loop73

loop81:                                           ; preds = %join86, %body78
  %i84 = phi i64 [ 0, %body78 ], [ %492, %join86 ]
  %464 = icmp slt i64 %i84, %115
  br i1 %464, label %body82, label %done83

body82:                                           ; preds = %loop81
  %465 = getelementptr float, ptr %458, i64 %i84
  %466 = load i32, ptr %465, align 4
  %467 = shl i32 %466, 1
  %468 = icmp ne i32 %467, 0
  br i1 %468, label %then85, label %join86

done83:                                           ; preds = %loop81
  %469 = getelementptr float, ptr %448, i64 0
  %470 = load <8 x float>, ptr %1, align 32
  store <8 x float> %470, ptr %469, align 4
  %471 = getelementptr float, ptr %448, i64 8
  %472 = load <8 x float>, ptr %0, align 32
  store <8 x float> %472, ptr %471, align 4
  %473 = add i64 %i80, 1
  br label %loop77

then85:                                           ; preds = %body82
  %474 = getelementptr float, ptr %453, i64 %i84
  %475 = load float, ptr %474, align 4
  %476 = add i64 %i76, 0
  %477 = mul i64 %i84, 256
  %478 = add i64 %477, %476
  %479 = getelementptr float, ptr %102, i64 %478
  %480 = load <8 x float>, ptr %479, align 4
  %481 = add i64 %i76, 8
  %482 = mul i64 %i84, 256
  %483 = add i64 %482, %481
  %484 = getelementptr float, ptr %102, i64 %483
  %485 = load <8 x float>, ptr %484, align 4
  %486 = insertelement <8 x float> undef, float %475, i32 0
  %487 = shufflevector <8 x float> %486, <8 x float> undef, <8 x i32> zeroinitializer
  %488 = load <8 x float>, ptr %1, align 32
  %489 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %487, <8 x float> %480, <8 x float> %488)
  store <8 x float> %489, ptr %1, align 32
  %490 = load <8 x float>, ptr %0, align 32
  %491 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %487, <8 x float> %485, <8 x float> %490)
  store <8 x float> %491, ptr %0, align 32
  br label %join86

join86:                                           ; preds = %then85, %body82
  %492 = add i64 %i84, 1
  br label %loop81

then87:                                           ; preds = %join28
  br label %loop89

join88:                                           ; preds = %done99, %join28
  %493 = icmp ult i32 4, %s1
  %494 = icmp ule i32 %s0, 4
  %495 = and i1 %494, %493
  br i1 %495, label %then113, label %join114

loop89:                                           ; preds = %done95, %then87
  %i92 = phi i64 [ %b0, %then87 ], [ %517, %done95 ]
  %496 = icmp slt i64 %i92, %b1
  br i1 %496, label %body90, label %done91

body90:                                           ; preds = %loop89
  %497 = mul i64 %i92, 2064
  %498 = add i64 %497, 1024
  %499 = getelementptr float, ptr %dacts, i64 %498
  br label %loop93

done91:                                           ; preds = %loop89
  %500 = getelementptr float, ptr %params, i64 132352
  %501 = load float, ptr %500, align 4
  %502 = fcmp ogt float %501, 0.000000e+00
  %503 = fneg float %501
  %504 = select i1 %502, float %503, float %501
  %505 = call float @llvm.exp.f32(float %504)
  %506 = fmul float 3.000000e+00, %505
  %507 = fadd float 1.000000e+00, %506
  %508 = fsub float 1.000000e+00, %505
  %509 = fdiv float %508, %507
  %510 = fadd float %505, 3.000000e+00
  %511 = fsub float %505, 1.000000e+00
  %512 = fdiv float %511, %510
  %513 = select i1 %502, float %509, float %512
  br label %loop97

loop93:                                           ; preds = %body94, %body90
  %i96 = phi i64 [ 0, %body90 ], [ %516, %body94 ]
  %514 = icmp slt i64 %i96, 256
  br i1 %514, label %body94, label %done95

body94:                                           ; preds = %loop93
  %515 = getelementptr float, ptr %499, i64 %i96
  store <8 x float> zeroinitializer, ptr %515, align 4
  %516 = add i64 %i96, 8
  br label %loop93

done95:                                           ; preds = %loop93
  %517 = add i64 %i92, 1
  br label %loop89

loop97:                                           ; preds = %done103, %done91
  %i100 = phi i64 [ %b0, %done91 ], [ %520, %done103 ]
  %518 = icmp slt i64 %i100, %b1
  br i1 %518, label %body98, label %done99

body98:                                           ; preds = %loop97
  br label %loop101

done99:                                           ; preds = %loop97
  br label %join88

loop101:                                          ; preds = %done107, %body98
  %i104 = phi i64 [ 0, %body98 ], [ %535, %done107 ]
  %519 = icmp slt i64 %i104, 1
  br i1 %519, label %body102, label %done103

body102:                                          ; preds = %loop101
  br label %loop105

done103:                                          ; preds = %loop101
  %520 = add i64 %i100, 1
  br label %loop97

loop105:                                          ; preds = %done111, %body102
  %i108 = phi i64 [ 0, %body102 ], [ %556, %done111 ]
  %521 = icmp slt i64 %i108, 4
  br i1 %521, label %body106, label %done107

body106:                                          ; preds = %loop105
  %522 = mul i64 %i104, 256
  %523 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i108
  %524 = load i32, ptr %523, align 4
  %525 = sext i32 %524 to i64
  %526 = mul i64 %525, 64
  %527 = add i64 %522, %526
  %528 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i108
  %529 = load i32, ptr %528, align 4
  %530 = sext i32 %529 to i64
  %531 = mul i64 %530, 64
  %532 = add i64 %522, %531
  %533 = mul i64 %i108, 64
  %534 = add i64 %522, %533
  br label %loop109

done107:                                          ; preds = %loop105
  %535 = add i64 %i104, 1
  br label %loop101

loop109:                                          ; preds = %body110, %body106
  %i112 = phi i64 [ 0, %body106 ], [ %555, %body110 ]
  %536 = icmp slt i64 %i112, 64
  br i1 %536, label %body110, label %done111

body110:                                          ; preds = %loop109
  %537 = add i64 %532, %i112
  %538 = add i64 %527, %i112
  %539 = add i64 %534, %i112
  %540 = mul i64 %i100, 2064
  %541 = add i64 %540, 1024
  %542 = getelementptr float, ptr %dacts, i64 %541
  %543 = mul i64 %i100, 2064
  %544 = add i64 %543, 1280
  %545 = getelementptr float, ptr %dacts, i64 %544
  %546 = getelementptr float, ptr %545, i64 %539
  %547 = load float, ptr %546, align 4
  %548 = fmul float %513, %547
  %549 = getelementptr float, ptr %542, i64 %538
  %550 = getelementptr float, ptr %542, i64 %537
  %551 = load float, ptr %549, align 4
  %552 = fadd float %551, %548
  store float %552, ptr %549, align 4
  %553 = load float, ptr %550, align 4
  %554 = fsub float %553, %548
  store float %554, ptr %550, align 4
  %555 = add i64 %i112, 1
  br label %loop109

done111:                                          ; preds = %loop109
  %556 = add i64 %i108, 1
  br label %loop105

then113:                                          ; preds = %join88
  br label %loop115

join114:                                          ; preds = %done117, %join88
  %557 = icmp ult i32 3, %s1
  %558 = icmp ule i32 %s0, 3
  %559 = and i1 %558, %557
  br i1 %559, label %then123, label %join124

loop115:                                          ; preds = %done121, %then113
  %i118 = phi i64 [ %b0, %then113 ], [ %636, %done121 ]
  %560 = icmp slt i64 %i118, %b1
  br i1 %560, label %body116, label %done117

body116:                                          ; preds = %loop115
  %561 = mul i64 %i118, 2064
  %562 = add i64 %561, 768
  %563 = getelementptr float, ptr %dacts, i64 %562
  %564 = mul i64 %i118, 2064
  %565 = add i64 %564, 1024
  %566 = getelementptr float, ptr %dacts, i64 %565
  br label %loop119

done117:                                          ; preds = %loop115
  br label %join114

loop119:                                          ; preds = %body120, %body116
  %i122 = phi i64 [ 0, %body116 ], [ %635, %body120 ]
  %567 = icmp slt i64 %i122, 256
  br i1 %567, label %body120, label %done121

body120:                                          ; preds = %loop119
  %568 = getelementptr float, ptr %566, i64 %i122
  %569 = load float, ptr %568, align 4
  %570 = fmul float %569, 1.250000e+00
  %571 = getelementptr float, ptr %566, i64 %i122
  %572 = add i64 %first, %i118
  %573 = add i64 %seed, -7046029254386353131
  %574 = lshr i64 %573, 30
  %575 = xor i64 %573, %574
  %576 = mul i64 %575, -4658895280553007687
  %577 = lshr i64 %576, 27
  %578 = xor i64 %576, %577
  %579 = mul i64 %578, -7723592293110705685
  %580 = lshr i64 %579, 31
  %581 = xor i64 %579, %580
  %582 = add i64 %581, %step
  %583 = lshr i64 %582, 30
  %584 = xor i64 %582, %583
  %585 = mul i64 %584, -4658895280553007687
  %586 = lshr i64 %585, 27
  %587 = xor i64 %585, %586
  %588 = mul i64 %587, -7723592293110705685
  %589 = lshr i64 %588, 31
  %590 = xor i64 %588, %589
  %591 = or i64 -9223367638808264704, %572
  %592 = add i64 %590, %591
  %593 = lshr i64 %592, 30
  %594 = xor i64 %592, %593
  %595 = mul i64 %594, -4658895280553007687
  %596 = lshr i64 %595, 27
  %597 = xor i64 %595, %596
  %598 = mul i64 %597, -7723592293110705685
  %599 = lshr i64 %598, 31
  %600 = xor i64 %598, %599
  %601 = mul i64 %i122, -7046029254386353131
  %602 = add i64 %600, %601
  %603 = lshr i64 %602, 30
  %604 = xor i64 %602, %603
  %605 = mul i64 %604, -4658895280553007687
  %606 = lshr i64 %605, 27
  %607 = xor i64 %605, %606
  %608 = mul i64 %607, -7723592293110705685
  %609 = lshr i64 %608, 31
  %610 = xor i64 %608, %609
  %611 = lshr i64 %610, 40
  %612 = icmp uge i64 %611, 3355443
  %613 = select i1 %612, float %570, float 0.000000e+00
  store float %613, ptr %571, align 4
  %614 = getelementptr float, ptr %563, i64 %i122
  %615 = mul i64 %i118, 2064
  %616 = add i64 %615, 768
  %617 = getelementptr float, ptr %acts, i64 %616
  %618 = getelementptr float, ptr %617, i64 %i122
  %619 = load float, ptr %618, align 4
  %620 = getelementptr float, ptr %params, i64 132096
  %621 = getelementptr float, ptr %620, i64 %i122
  %622 = load float, ptr %621, align 4
  %623 = fsub float %619, %622
  %624 = fcmp ole float %623, 1.000000e+00
  %625 = fcmp oge float %623, -1.000000e+00
  %626 = and i1 %625, %624
  %627 = icmp slt i64 %i122, 256
  %628 = and i1 %626, %627
  %629 = mul i64 %i118, 2064
  %630 = add i64 %629, 1024
  %631 = getelementptr float, ptr %dacts, i64 %630
  %632 = getelementptr float, ptr %631, i64 %i122
  %633 = load float, ptr %632, align 4
  %634 = select i1 %628, float %633, float 0.000000e+00
  store float %634, ptr %614, align 4
  %635 = add i64 %i122, 1
  br label %loop119

done121:                                          ; preds = %loop119
  %636 = add i64 %i118, 1
  br label %loop115

then123:                                          ; preds = %join114
  br label %join124

join124:                                          ; preds = %then123, %join114
  %637 = icmp ult i32 2, %s1
  %638 = icmp ule i32 %s0, 2
  %639 = and i1 %638, %637
  br i1 %639, label %then125, label %join126

then125:                                          ; preds = %join124
  br label %loop127

join126:                                          ; preds = %done129, %join124
  %640 = icmp ult i32 0, %s1
  %641 = icmp ule i32 %s0, 0
  %642 = and i1 %641, %640
  br i1 %642, label %then143, label %join144

loop127:                                          ; preds = %done133, %then125
  %i130 = phi i64 [ %b0, %then125 ], [ %651, %done133 ]
  %643 = icmp slt i64 %i130, %b1
  br i1 %643, label %body128, label %done129

body128:                                          ; preds = %loop127
  %644 = mul i64 %i130, 2064
  %645 = add i64 %644, 512
  %646 = getelementptr float, ptr %dacts, i64 %645
  %647 = mul i64 %i130, 2064
  %648 = add i64 %647, 256
  %649 = getelementptr float, ptr %dacts, i64 %648
  br label %loop131

done129:                                          ; preds = %loop127
  br label %join126

loop131:                                          ; preds = %done137, %body128
  %i134 = phi i64 [ 0, %body128 ], [ %674, %done137 ]
  %650 = icmp slt i64 %i134, 1
  br i1 %650, label %body132, label %done133

body132:                                          ; preds = %loop131
  br label %loop135

done133:                                          ; preds = %loop131
  %651 = add i64 %i130, 1
  br label %loop127

loop135:                                          ; preds = %done141, %body132
  %i138 = phi i64 [ 0, %body132 ], [ %682, %done141 ]
  %652 = icmp slt i64 %i138, 256
  br i1 %652, label %body136, label %done137

body136:                                          ; preds = %loop135
  %653 = mul i64 %i134, 256
  %654 = add i64 %653, %i138
  %655 = getelementptr float, ptr %646, i64 %654
  %656 = load float, ptr %655, align 4
  %657 = bitcast float %656 to i32
  %658 = lshr i32 %657, 16
  %659 = and i32 %658, 1
  %660 = add i32 %659, 32767
  %661 = add i32 %657, %660
  %662 = fcmp uno float %656, %656
  %663 = or i32 %657, 4194304
  %664 = select i1 %662, i32 %663, i32 %661
  %665 = and i32 %664, -65536
  %666 = bitcast i32 %665 to float
  %667 = select i1 %bf16, float %666, float %656
  store float %667, ptr %655, align 4
  %668 = add i64 1024, %654
  %669 = getelementptr float, ptr %gains, i64 %668
  %670 = load float, ptr %669, align 4
  %671 = fmul float %667, %670
  %672 = icmp slt i64 %654, 256
  %673 = select i1 %672, float %671, float 0.000000e+00
  br label %loop139

done137:                                          ; preds = %loop135
  %674 = add i64 %i134, 1
  br label %loop131

loop139:                                          ; preds = %body140, %body136
  %i142 = phi i64 [ 0, %body136 ], [ %681, %body140 ]
  %675 = icmp slt i64 %i142, 1
  br i1 %675, label %body140, label %done141

body140:                                          ; preds = %loop139
  %676 = mul i64 %i134, 1
  %677 = add i64 %676, %i142
  %678 = mul i64 %677, 256
  %679 = add i64 %678, %i138
  %680 = getelementptr float, ptr %649, i64 %679
  store float %673, ptr %680, align 4
  %681 = add i64 %i142, 1
  br label %loop139

done141:                                          ; preds = %loop139
  %682 = add i64 %i138, 1
  br label %loop135

then143:                                          ; preds = %join126
  br label %join144

join144:                                          ; preds = %then143, %join126
  ret void
}

define void @eic_grads(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i64 %u0, i64 %u1) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca float, align 4
  %16 = alloca float, align 4
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  %23 = alloca <8 x float>, align 32
  %24 = alloca <8 x float>, align 32
  %25 = alloca <8 x float>, align 32
  %26 = alloca <8 x float>, align 32
  %27 = alloca <8 x float>, align 32
  %28 = alloca <8 x float>, align 32
  %29 = alloca <8 x float>, align 32
  %30 = alloca <8 x float>, align 32
  %31 = alloca float, align 4
  %32 = alloca float, align 4
  %33 = icmp sgt i64 %u0, 0
  %34 = select i1 %33, i64 %u0, i64 0
  %35 = icmp slt i64 %u1, 256
  %36 = select i1 %35, i64 %u1, i64 256
  %37 = icmp slt i64 %36, %34
  %38 = select i1 %37, i64 %34, i64 %36
  %39 = icmp sgt i64 %34, 0
  %40 = select i1 %39, i64 %34, i64 0
  %41 = icmp slt i64 %38, 256
  %42 = select i1 %41, i64 %38, i64 256
  %43 = icmp slt i64 %42, %40
  %44 = select i1 %43, i64 %40, i64 %42
  %45 = getelementptr float, ptr %grads, i64 65536
  %46 = icmp sgt i64 %batch, 0
  %47 = select i1 %46, i64 %batch, i64 1
  br label %loop

loop:                                             ; preds = %done3, %entry
  %i = phi i64 [ 0, %entry ], [ %57, %done3 ]
  %48 = icmp slt i64 %i, %47
  br i1 %48, label %body, label %done

body:                                             ; preds = %loop
  %49 = add i64 %i, 128
  %50 = icmp slt i64 %49, %batch
  %51 = select i1 %50, i64 %49, i64 %batch
  %52 = icmp eq i64 %i, 0
  br label %loop1

done:                                             ; preds = %loop
  br label %loop13

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ %34, %body ], [ %69, %done7 ]
  %53 = icmp slt i64 %i4, %44
  br i1 %53, label %body2, label %done3

body2:                                            ; preds = %loop1
  %54 = sub i64 %i4, 0
  %55 = sdiv i64 %54, 256
  %56 = srem i64 %54, 256
  store float 0.000000e+00, ptr %32, align 4
  br label %loop5

done3:                                            ; preds = %loop1
  %57 = add i64 %i, 128
  br label %loop

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ %i, %body2 ], [ %88, %done11 ]
  %58 = icmp slt i64 %i8, %51
  br i1 %58, label %body6, label %done7

body6:                                            ; preds = %loop5
  %59 = mul i64 %i8, 2064
  %60 = add i64 %59, 256
  %61 = getelementptr float, ptr %acts, i64 %60
  store float 0.000000e+00, ptr %31, align 4
  br label %loop9

done7:                                            ; preds = %loop5
  %62 = mul i64 %55, 65536
  %63 = add i64 %62, %56
  %64 = getelementptr float, ptr %45, i64 %63
  %65 = load float, ptr %32, align 4
  %66 = load float, ptr %64, align 4
  %67 = fadd float %66, %65
  %68 = select i1 %52, float %65, float %67
  store float %68, ptr %64, align 4
  %69 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %79, %body10 ]
  %70 = icmp slt i64 %i12, 1
  br i1 %70, label %body10, label %done11

body10:                                           ; preds = %loop9
  %71 = mul i64 %55, 1
  %72 = add i64 %71, %i12
  %73 = mul i64 %72, 256
  %74 = add i64 %73, %56
  %75 = getelementptr float, ptr %61, i64 %74
  %76 = load float, ptr %75, align 4
  %77 = load float, ptr %31, align 4
  %78 = fadd float %77, %76
  store float %78, ptr %31, align 4
  %79 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %80 = mul i64 %i8, 2064
  %81 = add i64 %80, 512
  %82 = getelementptr float, ptr %dacts, i64 %81
  %83 = getelementptr float, ptr %82, i64 %54
  %84 = load float, ptr %83, align 4
  %85 = load float, ptr %32, align 4
  %86 = load float, ptr %31, align 4
  %87 = call float @llvm.fmuladd.f32(float %84, float %86, float %85)
  store float %87, ptr %32, align 4
  %88 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %done19, %done
  %i16 = phi i64 [ %44, %done ], [ %104, %done19 ]
  %89 = icmp slt i64 %i16, %38
  br i1 %89, label %body14, label %done15

body14:                                           ; preds = %loop13
  %90 = sub i64 %i16, 0
  %91 = sdiv i64 %90, 256
  %92 = srem i64 %90, 256
  %93 = mul i64 %91, 65536
  %94 = add i64 %93, %92
  %95 = getelementptr float, ptr %45, i64 %94
  store float 0.000000e+00, ptr %95, align 4
  br label %loop17

done15:                                           ; preds = %loop13
  br label %loop25

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %108, %done23 ]
  %96 = icmp slt i64 %i20, 1
  br i1 %96, label %body18, label %done19

body18:                                           ; preds = %loop17
  %97 = mul i64 %91, 1
  %98 = add i64 %97, %i20
  %99 = mul i64 %98, 256
  %100 = add i64 %99, %92
  %101 = mul i64 %100, 256
  %102 = getelementptr float, ptr %grads, i64 0
  %103 = getelementptr float, ptr %102, i64 %101
  br label %loop21

done19:                                           ; preds = %loop17
  %104 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %body22, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %107, %body22 ]
  %105 = icmp slt i64 %i24, 256
  br i1 %105, label %body22, label %done23

body22:                                           ; preds = %loop21
  %106 = getelementptr float, ptr %103, i64 %i24
  store <8 x float> zeroinitializer, ptr %106, align 4
  %107 = add i64 %i24, 8
  br label %loop21

done23:                                           ; preds = %loop21
  %108 = add i64 %i20, 1
  br label %loop17

loop25:                                           ; preds = %done31, %done15
  %i28 = phi i64 [ 1, %done15 ], [ %132, %done31 ]
  %109 = icmp slt i64 %i28, 256
  br i1 %109, label %body26, label %done27

body26:                                           ; preds = %loop25
  br label %loop29

done27:                                           ; preds = %loop25
  %110 = sub i64 %44, %34
  %111 = sdiv i64 %110, 24
  %112 = mul i64 %111, 24
  %113 = add i64 %34, %112
  %114 = add i64 %113, 24
  %115 = icmp sle i64 %114, 256
  %116 = select i1 %115, i64 %44, i64 %113
  %117 = getelementptr float, ptr %grads, i64 0
  %118 = icmp sgt i64 %batch, 0
  %119 = select i1 %118, i64 %batch, i64 1
  br label %loop33

loop29:                                           ; preds = %body30, %body26
  %i32 = phi i64 [ %34, %body26 ], [ %131, %body30 ]
  %120 = icmp slt i64 %i32, %38
  br i1 %120, label %body30, label %done31

body30:                                           ; preds = %loop29
  %121 = sub i64 %i32, 0
  %122 = srem i64 %121, 256
  %123 = sdiv i64 %121, 256
  %124 = mul i64 %123, 65536
  %125 = add i64 %124, %122
  %126 = mul i64 %i28, 256
  %127 = add i64 %125, %126
  %128 = getelementptr float, ptr %45, i64 %127
  %129 = getelementptr float, ptr %45, i64 %125
  %130 = load float, ptr %129, align 4
  store float %130, ptr %128, align 4
  %131 = add i64 %i32, 1
  br label %loop29

done31:                                           ; preds = %loop29
  %132 = add i64 %i28, 1
  br label %loop25

loop33:                                           ; preds = %done39, %done27
  %i36 = phi i64 [ 0, %done27 ], [ %145, %done39 ]
  %133 = icmp slt i64 %i36, %119
  br i1 %133, label %body34, label %done35

body34:                                           ; preds = %loop33
  %134 = add i64 %i36, 128
  %135 = icmp slt i64 %134, %batch
  %136 = select i1 %135, i64 %134, i64 %batch
  %137 = icmp eq i64 %i36, 0
  br label %loop37

done35:                                           ; preds = %loop33
  %138 = getelementptr float, ptr %grads, i64 0
  %139 = icmp sgt i64 %batch, 0
  %140 = select i1 %139, i64 %batch, i64 1
  br label %loop107

loop37:                                           ; preds = %done43, %body34
  %i40 = phi i64 [ %34, %body34 ], [ %147, %done43 ]
  %141 = icmp slt i64 %i40, %116
  br i1 %141, label %body38, label %done39

body38:                                           ; preds = %loop37
  %142 = add i64 %i40, 96
  %143 = icmp slt i64 %142, %116
  %144 = select i1 %143, i64 %142, i64 %116
  br label %loop41

done39:                                           ; preds = %loop37
  %145 = add i64 %i36, 128
  br label %loop33

loop41:                                           ; preds = %done47, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %149, %done47 ]
  %146 = icmp slt i64 %i44, 1
  br i1 %146, label %body42, label %done43

body42:                                           ; preds = %loop41
  br label %loop45

done43:                                           ; preds = %loop41
  %147 = add i64 %i40, 96
  br label %loop37

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ 0, %body42 ], [ %157, %done51 ]
  %148 = icmp slt i64 %i48, 256
  br i1 %148, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  %149 = add i64 %i44, 1
  br label %loop41

loop49:                                           ; preds = %join106, %body46
  %i52 = phi i64 [ %i40, %body46 ], [ %679, %join106 ]
  %150 = icmp slt i64 %i52, %144
  br i1 %150, label %body50, label %done51

body50:                                           ; preds = %loop49
  %151 = sub i64 %i52, 0
  store <8 x float> zeroinitializer, ptr %30, align 32
  store <8 x float> zeroinitializer, ptr %29, align 32
  store <8 x float> zeroinitializer, ptr %28, align 32
  store <8 x float> zeroinitializer, ptr %27, align 32
  store <8 x float> zeroinitializer, ptr %26, align 32
  store <8 x float> zeroinitializer, ptr %25, align 32
  store <8 x float> zeroinitializer, ptr %24, align 32
  store <8 x float> zeroinitializer, ptr %23, align 32
  store <8 x float> zeroinitializer, ptr %22, align 32
  store <8 x float> zeroinitializer, ptr %21, align 32
  store <8 x float> zeroinitializer, ptr %20, align 32
  store <8 x float> zeroinitializer, ptr %19, align 32
  %152 = mul i64 %i44, 256
  %153 = sub i64 256, %152
  %154 = call i64 @llvm.smin.i64(i64 %153, i64 256)
  %155 = call i64 @llvm.smax.i64(i64 %154, i64 0)
  %156 = icmp slt i64 %i48, %155
  br i1 %156, label %then, label %join

done51:                                           ; preds = %loop49
  %157 = add i64 %i48, 4
  br label %loop45

then:                                             ; preds = %body50
  br label %loop53

join:                                             ; preds = %done55, %body50
  %158 = add i64 %151, 0
  %159 = add i64 1024, %158
  %160 = getelementptr float, ptr %gains, i64 %159
  %161 = load <8 x float>, ptr %160, align 4
  %162 = load <8 x float>, ptr %30, align 32
  %163 = fmul <8 x float> %162, %161
  %164 = load <8 x float>, ptr %27, align 32
  %165 = fmul <8 x float> %164, %161
  %166 = load <8 x float>, ptr %24, align 32
  %167 = fmul <8 x float> %166, %161
  %168 = load <8 x float>, ptr %21, align 32
  %169 = fmul <8 x float> %168, %161
  %170 = shufflevector <8 x float> %163, <8 x float> %165, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %171 = shufflevector <8 x float> %163, <8 x float> %165, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %172 = shufflevector <8 x float> %167, <8 x float> %169, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %173 = shufflevector <8 x float> %167, <8 x float> %169, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %174 = shufflevector <8 x float> %170, <8 x float> %172, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %175 = shufflevector <8 x float> %170, <8 x float> %172, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %176 = shufflevector <8 x float> %171, <8 x float> %173, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %177 = shufflevector <8 x float> %171, <8 x float> %173, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %178 = shufflevector <8 x float> %174, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %179 = add i64 %158, 0
  %180 = sdiv i64 %179, 256
  %181 = srem i64 %179, 256
  %182 = mul i64 %180, 1
  %183 = add i64 %182, %i44
  %184 = mul i64 %183, 256
  %185 = add i64 %184, %181
  %186 = add i64 %179, 0
  %187 = icmp slt i64 %186, %116
  br i1 %187, label %then59, label %join60

loop53:                                           ; preds = %join58, %then
  %i56 = phi i64 [ %i36, %then ], [ %264, %join58 ]
  %188 = icmp slt i64 %i56, %136
  br i1 %188, label %body54, label %done55

body54:                                           ; preds = %loop53
  %189 = mul i64 %i56, 2064
  %190 = add i64 %189, 512
  %191 = getelementptr float, ptr %dacts, i64 %190
  %192 = getelementptr float, ptr %191, i64 %151
  %193 = add i64 %i56, 4
  %194 = mul i64 %193, 2064
  %195 = add i64 %194, 512
  %196 = getelementptr float, ptr %dacts, i64 %195
  %197 = getelementptr float, ptr %196, i64 %151
  call void @llvm.prefetch.p0(ptr %197, i32 0, i32 3, i32 1)
  %198 = mul i64 %i44, 256
  %199 = add i64 %198, %i48
  %200 = mul i64 %193, 2064
  %201 = add i64 %200, 0
  %202 = getelementptr float, ptr %acts, i64 %201
  %203 = getelementptr float, ptr %202, i64 %199
  call void @llvm.prefetch.p0(ptr %203, i32 0, i32 3, i32 1)
  %204 = getelementptr float, ptr %192, i64 0
  %205 = load <8 x float>, ptr %204, align 4
  %206 = bitcast <8 x float> %205 to <8 x i32>
  %207 = getelementptr float, ptr %192, i64 8
  %208 = load <8 x float>, ptr %207, align 4
  %209 = bitcast <8 x float> %208 to <8 x i32>
  %210 = or <8 x i32> %206, %209
  %211 = getelementptr float, ptr %192, i64 16
  %212 = load <8 x float>, ptr %211, align 4
  %213 = bitcast <8 x float> %212 to <8 x i32>
  %214 = or <8 x i32> %210, %213
  %215 = and <8 x i32> %214, <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %216 = icmp ne <8 x i32> %215, zeroinitializer
  %217 = call i1 @llvm.vector.reduce.or.v8i1(<8 x i1> %216)
  br i1 %217, label %then57, label %join58

done55:                                           ; preds = %loop53
  br label %join

then57:                                           ; preds = %body54
  %218 = mul i64 %i44, 256
  %219 = add i64 %218, %i48
  %220 = mul i64 %i56, 2064
  %221 = add i64 %220, 0
  %222 = getelementptr float, ptr %acts, i64 %221
  %223 = getelementptr float, ptr %222, i64 %219
  %224 = getelementptr float, ptr %223, i64 0
  %225 = load float, ptr %224, align 4
  %226 = getelementptr float, ptr %223, i64 1
  %227 = load float, ptr %226, align 4
  %228 = getelementptr float, ptr %223, i64 2
  %229 = load float, ptr %228, align 4
  %230 = getelementptr float, ptr %223, i64 3
  %231 = load float, ptr %230, align 4
  %232 = insertelement <8 x float> undef, float %225, i32 0
  %233 = shufflevector <8 x float> %232, <8 x float> undef, <8 x i32> zeroinitializer
  %234 = load <8 x float>, ptr %30, align 32
  %235 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %233, <8 x float> %205, <8 x float> %234)
  store <8 x float> %235, ptr %30, align 32
  %236 = load <8 x float>, ptr %29, align 32
  %237 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %233, <8 x float> %208, <8 x float> %236)
  store <8 x float> %237, ptr %29, align 32
  %238 = load <8 x float>, ptr %28, align 32
  %239 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %233, <8 x float> %212, <8 x float> %238)
  store <8 x float> %239, ptr %28, align 32
  %240 = insertelement <8 x float> undef, float %227, i32 0
  %241 = shufflevector <8 x float> %240, <8 x float> undef, <8 x i32> zeroinitializer
  %242 = load <8 x float>, ptr %27, align 32
  %243 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %241, <8 x float> %205, <8 x float> %242)
  store <8 x float> %243, ptr %27, align 32
  %244 = load <8 x float>, ptr %26, align 32
  %245 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %241, <8 x float> %208, <8 x float> %244)
  store <8 x float> %245, ptr %26, align 32
  %246 = load <8 x float>, ptr %25, align 32
  %247 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %241, <8 x float> %212, <8 x float> %246)
  store <8 x float> %247, ptr %25, align 32
  %248 = insertelement <8 x float> undef, float %229, i32 0
  %249 = shufflevector <8 x float> %248, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, ptr %24, align 32
  %251 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %249, <8 x float> %205, <8 x float> %250)
  store <8 x float> %251, ptr %24, align 32
  %252 = load <8 x float>, ptr %23, align 32
  %253 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %249, <8 x float> %208, <8 x float> %252)
  store <8 x float> %253, ptr %23, align 32
  %254 = load <8 x float>, ptr %22, align 32
  %255 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %249, <8 x float> %212, <8 x float> %254)
  store <8 x float> %255, ptr %22, align 32
  %256 = insertelement <8 x float> undef, float %231, i32 0
  %257 = shufflevector <8 x float> %256, <8 x float> undef, <8 x i32> zeroinitializer
  %258 = load <8 x float>, ptr %21, align 32
  %259 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %257, <8 x float> %205, <8 x float> %258)
  store <8 x float> %259, ptr %21, align 32
  %260 = load <8 x float>, ptr %20, align 32
  %261 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %257, <8 x float> %208, <8 x float> %260)
  store <8 x float> %261, ptr %20, align 32
  %262 = load <8 x float>, ptr %19, align 32
  %263 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %257, <8 x float> %212, <8 x float> %262)
  store <8 x float> %263, ptr %19, align 32
  br label %join58

join58:                                           ; preds = %then57, %body54
  %264 = add i64 %i56, 1
  br label %loop53

then59:                                           ; preds = %join
  %265 = mul i64 %185, 256
  %266 = add i64 %265, %i48
  %267 = getelementptr float, ptr %117, i64 %266
  %268 = load <4 x float>, ptr %267, align 4
  %269 = fadd <4 x float> %268, %178
  %270 = select i1 %137, <4 x float> %178, <4 x float> %269
  store <4 x float> %270, ptr %267, align 4
  br label %join60

join60:                                           ; preds = %then59, %join
  %271 = shufflevector <8 x float> %175, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %272 = add i64 %158, 1
  %273 = sdiv i64 %272, 256
  %274 = srem i64 %272, 256
  %275 = mul i64 %273, 1
  %276 = add i64 %275, %i44
  %277 = mul i64 %276, 256
  %278 = add i64 %277, %274
  %279 = add i64 %272, 0
  %280 = icmp slt i64 %279, %116
  br i1 %280, label %then61, label %join62

then61:                                           ; preds = %join60
  %281 = mul i64 %278, 256
  %282 = add i64 %281, %i48
  %283 = getelementptr float, ptr %117, i64 %282
  %284 = load <4 x float>, ptr %283, align 4
  %285 = fadd <4 x float> %284, %271
  %286 = select i1 %137, <4 x float> %271, <4 x float> %285
  store <4 x float> %286, ptr %283, align 4
  br label %join62

join62:                                           ; preds = %then61, %join60
  %287 = shufflevector <8 x float> %176, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %288 = add i64 %158, 2
  %289 = sdiv i64 %288, 256
  %290 = srem i64 %288, 256
  %291 = mul i64 %289, 1
  %292 = add i64 %291, %i44
  %293 = mul i64 %292, 256
  %294 = add i64 %293, %290
  %295 = add i64 %288, 0
  %296 = icmp slt i64 %295, %116
  br i1 %296, label %then63, label %join64

then63:                                           ; preds = %join62
  %297 = mul i64 %294, 256
  %298 = add i64 %297, %i48
  %299 = getelementptr float, ptr %117, i64 %298
  %300 = load <4 x float>, ptr %299, align 4
  %301 = fadd <4 x float> %300, %287
  %302 = select i1 %137, <4 x float> %287, <4 x float> %301
  store <4 x float> %302, ptr %299, align 4
  br label %join64

join64:                                           ; preds = %then63, %join62
  %303 = shufflevector <8 x float> %177, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %304 = add i64 %158, 3
  %305 = sdiv i64 %304, 256
  %306 = srem i64 %304, 256
  %307 = mul i64 %305, 1
  %308 = add i64 %307, %i44
  %309 = mul i64 %308, 256
  %310 = add i64 %309, %306
  %311 = add i64 %304, 0
  %312 = icmp slt i64 %311, %116
  br i1 %312, label %then65, label %join66

then65:                                           ; preds = %join64
  %313 = mul i64 %310, 256
  %314 = add i64 %313, %i48
  %315 = getelementptr float, ptr %117, i64 %314
  %316 = load <4 x float>, ptr %315, align 4
  %317 = fadd <4 x float> %316, %303
  %318 = select i1 %137, <4 x float> %303, <4 x float> %317
  store <4 x float> %318, ptr %315, align 4
  br label %join66

join66:                                           ; preds = %then65, %join64
  %319 = shufflevector <8 x float> %174, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %320 = add i64 %158, 4
  %321 = sdiv i64 %320, 256
  %322 = srem i64 %320, 256
  %323 = mul i64 %321, 1
  %324 = add i64 %323, %i44
  %325 = mul i64 %324, 256
  %326 = add i64 %325, %322
  %327 = add i64 %320, 0
  %328 = icmp slt i64 %327, %116
  br i1 %328, label %then67, label %join68

then67:                                           ; preds = %join66
  %329 = mul i64 %326, 256
  %330 = add i64 %329, %i48
  %331 = getelementptr float, ptr %117, i64 %330
  %332 = load <4 x float>, ptr %331, align 4
  %333 = fadd <4 x float> %332, %319
  %334 = select i1 %137, <4 x float> %319, <4 x float> %333
  store <4 x float> %334, ptr %331, align 4
  br label %join68

join68:                                           ; preds = %then67, %join66
  %335 = shufflevector <8 x float> %175, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %336 = add i64 %158, 5
  %337 = sdiv i64 %336, 256
  %338 = srem i64 %336, 256
  %339 = mul i64 %337, 1
  %340 = add i64 %339, %i44
  %341 = mul i64 %340, 256
  %342 = add i64 %341, %338
  %343 = add i64 %336, 0
  %344 = icmp slt i64 %343, %116
  br i1 %344, label %then69, label %join70

then69:                                           ; preds = %join68
  %345 = mul i64 %342, 256
  %346 = add i64 %345, %i48
  %347 = getelementptr float, ptr %117, i64 %346
  %348 = load <4 x float>, ptr %347, align 4
  %349 = fadd <4 x float> %348, %335
  %350 = select i1 %137, <4 x float> %335, <4 x float> %349
  store <4 x float> %350, ptr %347, align 4
  br label %join70

join70:                                           ; preds = %then69, %join68
  %351 = shufflevector <8 x float> %176, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %352 = add i64 %158, 6
  %353 = sdiv i64 %352, 256
  %354 = srem i64 %352, 256
  %355 = mul i64 %353, 1
  %356 = add i64 %355, %i44
  %357 = mul i64 %356, 256
  %358 = add i64 %357, %354
  %359 = add i64 %352, 0
  %360 = icmp slt i64 %359, %116
  br i1 %360, label %then71, label %join72

then71:                                           ; preds = %join70
  %361 = mul i64 %358, 256
  %362 = add i64 %361, %i48
  %363 = getelementptr float, ptr %117, i64 %362
  %364 = load <4 x float>, ptr %363, align 4
  %365 = fadd <4 x float> %364, %351
  %366 = select i1 %137, <4 x float> %351, <4 x float> %365
  store <4 x float> %366, ptr %363, align 4
  br label %join72

join72:                                           ; preds = %then71, %join70
  %367 = shufflevector <8 x float> %177, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %368 = add i64 %158, 7
  %369 = sdiv i64 %368, 256
  %370 = srem i64 %368, 256
  %371 = mul i64 %369, 1
  %372 = add i64 %371, %i44
  %373 = mul i64 %372, 256
  %374 = add i64 %373, %370
  %375 = add i64 %368, 0
  %376 = icmp slt i64 %375, %116
  br i1 %376, label %then73, label %join74

then73:                                           ; preds = %join72
  %377 = mul i64 %374, 256
  %378 = add i64 %377, %i48
  %379 = getelementptr float, ptr %117, i64 %378
  %380 = load <4 x float>, ptr %379, align 4
  %381 = fadd <4 x float> %380, %367
  %382 = select i1 %137, <4 x float> %367, <4 x float> %381
  store <4 x float> %382, ptr %379, align 4
  br label %join74

join74:                                           ; preds = %then73, %join72
  %383 = add i64 %151, 8
  %384 = add i64 1024, %383
  %385 = getelementptr float, ptr %gains, i64 %384
  %386 = load <8 x float>, ptr %385, align 4
  %387 = load <8 x float>, ptr %29, align 32
  %388 = fmul <8 x float> %387, %386
  %389 = load <8 x float>, ptr %26, align 32
  %390 = fmul <8 x float> %389, %386
  %391 = load <8 x float>, ptr %23, align 32
  %392 = fmul <8 x float> %391, %386
  %393 = load <8 x float>, ptr %20, align 32
  %394 = fmul <8 x float> %393, %386
  %395 = shufflevector <8 x float> %388, <8 x float> %390, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %396 = shufflevector <8 x float> %388, <8 x float> %390, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %397 = shufflevector <8 x float> %392, <8 x float> %394, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %398 = shufflevector <8 x float> %392, <8 x float> %394, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %399 = shufflevector <8 x float> %395, <8 x float> %397, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %400 = shufflevector <8 x float> %395, <8 x float> %397, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %401 = shufflevector <8 x float> %396, <8 x float> %398, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %402 = shufflevector <8 x float> %396, <8 x float> %398, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %403 = shufflevector <8 x float> %399, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %404 = add i64 %383, 0
  %405 = sdiv i64 %404, 256
  %406 = srem i64 %404, 256
  %407 = mul i64 %405, 1
  %408 = add i64 %407, %i44
  %409 = mul i64 %408, 256
  %410 = add i64 %409, %406
  %411 = add i64 %404, 0
  %412 = icmp slt i64 %411, %116
  br i1 %412, label %then75, label %join76

then75:                                           ; preds = %join74
  %413 = mul i64 %410, 256
  %414 = add i64 %413, %i48
  %415 = getelementptr float, ptr %117, i64 %414
  %416 = load <4 x float>, ptr %415, align 4
  %417 = fadd <4 x float> %416, %403
  %418 = select i1 %137, <4 x float> %403, <4 x float> %417
  store <4 x float> %418, ptr %415, align 4
  br label %join76

join76:                                           ; preds = %then75, %join74
  %419 = shufflevector <8 x float> %400, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %420 = add i64 %383, 1
  %421 = sdiv i64 %420, 256
  %422 = srem i64 %420, 256
  %423 = mul i64 %421, 1
  %424 = add i64 %423, %i44
  %425 = mul i64 %424, 256
  %426 = add i64 %425, %422
  %427 = add i64 %420, 0
  %428 = icmp slt i64 %427, %116
  br i1 %428, label %then77, label %join78

then77:                                           ; preds = %join76
  %429 = mul i64 %426, 256
  %430 = add i64 %429, %i48
  %431 = getelementptr float, ptr %117, i64 %430
  %432 = load <4 x float>, ptr %431, align 4
  %433 = fadd <4 x float> %432, %419
  %434 = select i1 %137, <4 x float> %419, <4 x float> %433
  store <4 x float> %434, ptr %431, align 4
  br label %join78

join78:                                           ; preds = %then77, %join76
  %435 = shufflevector <8 x float> %401, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %436 = add i64 %383, 2
  %437 = sdiv i64 %436, 256
  %438 = srem i64 %436, 256
  %439 = mul i64 %437, 1
  %440 = add i64 %439, %i44
  %441 = mul i64 %440, 256
  %442 = add i64 %441, %438
  %443 = add i64 %436, 0
  %444 = icmp slt i64 %443, %116
  br i1 %444, label %then79, label %join80

then79:                                           ; preds = %join78
  %445 = mul i64 %442, 256
  %446 = add i64 %445, %i48
  %447 = getelementptr float, ptr %117, i64 %446
  %448 = load <4 x float>, ptr %447, align 4
  %449 = fadd <4 x float> %448, %435
  %450 = select i1 %137, <4 x float> %435, <4 x float> %449
  store <4 x float> %450, ptr %447, align 4
  br label %join80

join80:                                           ; preds = %then79, %join78
  %451 = shufflevector <8 x float> %402, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %452 = add i64 %383, 3
  %453 = sdiv i64 %452, 256
  %454 = srem i64 %452, 256
  %455 = mul i64 %453, 1
  %456 = add i64 %455, %i44
  %457 = mul i64 %456, 256
  %458 = add i64 %457, %454
  %459 = add i64 %452, 0
  %460 = icmp slt i64 %459, %116
  br i1 %460, label %then81, label %join82

then81:                                           ; preds = %join80
  %461 = mul i64 %458, 256
  %462 = add i64 %461, %i48
  %463 = getelementptr float, ptr %117, i64 %462
  %464 = load <4 x float>, ptr %463, align 4
  %465 = fadd <4 x float> %464, %451
  %466 = select i1 %137, <4 x float> %451, <4 x float> %465
  store <4 x float> %466, ptr %463, align 4
  br label %join82

join82:                                           ; preds = %then81, %join80
  %467 = shufflevector <8 x float> %399, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %468 = add i64 %383, 4
  %469 = sdiv i64 %468, 256
  %470 = srem i64 %468, 256
  %471 = mul i64 %469, 1
  %472 = add i64 %471, %i44
  %473 = mul i64 %472, 256
  %474 = add i64 %473, %470
  %475 = add i64 %468, 0
  %476 = icmp slt i64 %475, %116
  br i1 %476, label %then83, label %join84

then83:                                           ; preds = %join82
  %477 = mul i64 %474, 256
  %478 = add i64 %477, %i48
  %479 = getelementptr float, ptr %117, i64 %478
  %480 = load <4 x float>, ptr %479, align 4
  %481 = fadd <4 x float> %480, %467
  %482 = select i1 %137, <4 x float> %467, <4 x float> %481
  store <4 x float> %482, ptr %479, align 4
  br label %join84

join84:                                           ; preds = %then83, %join82
  %483 = shufflevector <8 x float> %400, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %484 = add i64 %383, 5
  %485 = sdiv i64 %484, 256
  %486 = srem i64 %484, 256
  %487 = mul i64 %485, 1
  %488 = add i64 %487, %i44
  %489 = mul i64 %488, 256
  %490 = add i64 %489, %486
  %491 = add i64 %484, 0
  %492 = icmp slt i64 %491, %116
  br i1 %492, label %then85, label %join86

then85:                                           ; preds = %join84
  %493 = mul i64 %490, 256
  %494 = add i64 %493, %i48
  %495 = getelementptr float, ptr %117, i64 %494
  %496 = load <4 x float>, ptr %495, align 4
  %497 = fadd <4 x float> %496, %483
  %498 = select i1 %137, <4 x float> %483, <4 x float> %497
  store <4 x float> %498, ptr %495, align 4
  br label %join86

join86:                                           ; preds = %then85, %join84
  %499 = shufflevector <8 x float> %401, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %500 = add i64 %383, 6
  %501 = sdiv i64 %500, 256
  %502 = srem i64 %500, 256
  %503 = mul i64 %501, 1
  %504 = add i64 %503, %i44
  %505 = mul i64 %504, 256
  %506 = add i64 %505, %502
  %507 = add i64 %500, 0
  %508 = icmp slt i64 %507, %116
  br i1 %508, label %then87, label %join88

then87:                                           ; preds = %join86
  %509 = mul i64 %506, 256
  %510 = add i64 %509, %i48
  %511 = getelementptr float, ptr %117, i64 %510
  %512 = load <4 x float>, ptr %511, align 4
  %513 = fadd <4 x float> %512, %499
  %514 = select i1 %137, <4 x float> %499, <4 x float> %513
  store <4 x float> %514, ptr %511, align 4
  br label %join88

join88:                                           ; preds = %then87, %join86
  %515 = shufflevector <8 x float> %402, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %516 = add i64 %383, 7
  %517 = sdiv i64 %516, 256
  %518 = srem i64 %516, 256
  %519 = mul i64 %517, 1
  %520 = add i64 %519, %i44
  %521 = mul i64 %520, 256
  %522 = add i64 %521, %518
  %523 = add i64 %516, 0
  %524 = icmp slt i64 %523, %116
  br i1 %524, label %then89, label %join90

then89:                                           ; preds = %join88
  %525 = mul i64 %522, 256
  %526 = add i64 %525, %i48
  %527 = getelementptr float, ptr %117, i64 %526
  %528 = load <4 x float>, ptr %527, align 4
  %529 = fadd <4 x float> %528, %515
  %530 = select i1 %137, <4 x float> %515, <4 x float> %529
  store <4 x float> %530, ptr %527, align 4
  br label %join90

join90:                                           ; preds = %then89, %join88
  %531 = add i64 %151, 16
  %532 = add i64 1024, %531
  %533 = getelementptr float, ptr %gains, i64 %532
  %534 = load <8 x float>, ptr %533, align 4
  %535 = load <8 x float>, ptr %28, align 32
  %536 = fmul <8 x float> %535, %534
  %537 = load <8 x float>, ptr %25, align 32
  %538 = fmul <8 x float> %537, %534
  %539 = load <8 x float>, ptr %22, align 32
  %540 = fmul <8 x float> %539, %534
  %541 = load <8 x float>, ptr %19, align 32
  %542 = fmul <8 x float> %541, %534
  %543 = shufflevector <8 x float> %536, <8 x float> %538, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %544 = shufflevector <8 x float> %536, <8 x float> %538, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %545 = shufflevector <8 x float> %540, <8 x float> %542, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %546 = shufflevector <8 x float> %540, <8 x float> %542, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %547 = shufflevector <8 x float> %543, <8 x float> %545, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %548 = shufflevector <8 x float> %543, <8 x float> %545, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %549 = shufflevector <8 x float> %544, <8 x float> %546, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %550 = shufflevector <8 x float> %544, <8 x float> %546, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %551 = shufflevector <8 x float> %547, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %552 = add i64 %531, 0
  %553 = sdiv i64 %552, 256
  %554 = srem i64 %552, 256
  %555 = mul i64 %553, 1
  %556 = add i64 %555, %i44
  %557 = mul i64 %556, 256
  %558 = add i64 %557, %554
  %559 = add i64 %552, 0
  %560 = icmp slt i64 %559, %116
  br i1 %560, label %then91, label %join92

then91:                                           ; preds = %join90
  %561 = mul i64 %558, 256
  %562 = add i64 %561, %i48
  %563 = getelementptr float, ptr %117, i64 %562
  %564 = load <4 x float>, ptr %563, align 4
  %565 = fadd <4 x float> %564, %551
  %566 = select i1 %137, <4 x float> %551, <4 x float> %565
  store <4 x float> %566, ptr %563, align 4
  br label %join92

join92:                                           ; preds = %then91, %join90
  %567 = shufflevector <8 x float> %548, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %568 = add i64 %531, 1
  %569 = sdiv i64 %568, 256
  %570 = srem i64 %568, 256
  %571 = mul i64 %569, 1
  %572 = add i64 %571, %i44
  %573 = mul i64 %572, 256
  %574 = add i64 %573, %570
  %575 = add i64 %568, 0
  %576 = icmp slt i64 %575, %116
  br i1 %576, label %then93, label %join94

then93:                                           ; preds = %join92
  %577 = mul i64 %574, 256
  %578 = add i64 %577, %i48
  %579 = getelementptr float, ptr %117, i64 %578
  %580 = load <4 x float>, ptr %579, align 4
  %581 = fadd <4 x float> %580, %567
  %582 = select i1 %137, <4 x float> %567, <4 x float> %581
  store <4 x float> %582, ptr %579, align 4
  br label %join94

join94:                                           ; preds = %then93, %join92
  %583 = shufflevector <8 x float> %549, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %584 = add i64 %531, 2
  %585 = sdiv i64 %584, 256
  %586 = srem i64 %584, 256
  %587 = mul i64 %585, 1
  %588 = add i64 %587, %i44
  %589 = mul i64 %588, 256
  %590 = add i64 %589, %586
  %591 = add i64 %584, 0
  %592 = icmp slt i64 %591, %116
  br i1 %592, label %then95, label %join96

then95:                                           ; preds = %join94
  %593 = mul i64 %590, 256
  %594 = add i64 %593, %i48
  %595 = getelementptr float, ptr %117, i64 %594
  %596 = load <4 x float>, ptr %595, align 4
  %597 = fadd <4 x float> %596, %583
  %598 = select i1 %137, <4 x float> %583, <4 x float> %597
  store <4 x float> %598, ptr %595, align 4
  br label %join96

join96:                                           ; preds = %then95, %join94
  %599 = shufflevector <8 x float> %550, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %600 = add i64 %531, 3
  %601 = sdiv i64 %600, 256
  %602 = srem i64 %600, 256
  %603 = mul i64 %601, 1
  %604 = add i64 %603, %i44
  %605 = mul i64 %604, 256
  %606 = add i64 %605, %602
  %607 = add i64 %600, 0
  %608 = icmp slt i64 %607, %116
  br i1 %608, label %then97, label %join98

then97:                                           ; preds = %join96
  %609 = mul i64 %606, 256
  %610 = add i64 %609, %i48
  %611 = getelementptr float, ptr %117, i64 %610
  %612 = load <4 x float>, ptr %611, align 4
  %613 = fadd <4 x float> %612, %599
  %614 = select i1 %137, <4 x float> %599, <4 x float> %613
  store <4 x float> %614, ptr %611, align 4
  br label %join98

join98:                                           ; preds = %then97, %join96
  %615 = shufflevector <8 x float> %547, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %616 = add i64 %531, 4
  %617 = sdiv i64 %616, 256
  %618 = srem i64 %616, 256
  %619 = mul i64 %617, 1
  %620 = add i64 %619, %i44
  %621 = mul i64 %620, 256
  %622 = add i64 %621, %618
  %623 = add i64 %616, 0
  %624 = icmp slt i64 %623, %116
  br i1 %624, label %then99, label %join100

then99:                                           ; preds = %join98
  %625 = mul i64 %622, 256
  %626 = add i64 %625, %i48
  %627 = getelementptr float, ptr %117, i64 %626
  %628 = load <4 x float>, ptr %627, align 4
  %629 = fadd <4 x float> %628, %615
  %630 = select i1 %137, <4 x float> %615, <4 x float> %629
  store <4 x float> %630, ptr %627, align 4
  br label %join100

join100:                                          ; preds = %then99, %join98
  %631 = shufflevector <8 x float> %548, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %632 = add i64 %531, 5
  %633 = sdiv i64 %632, 256
  %634 = srem i64 %632, 256
  %635 = mul i64 %633, 1
  %636 = add i64 %635, %i44
  %637 = mul i64 %636, 256
  %638 = add i64 %637, %634
  %639 = add i64 %632, 0
  %640 = icmp slt i64 %639, %116
  br i1 %640, label %then101, label %join102

then101:                                          ; preds = %join100
  %641 = mul i64 %638, 256
  %642 = add i64 %641, %i48
  %643 = getelementptr float, ptr %117, i64 %642
  %644 = load <4 x float>, ptr %643, align 4
  %645 = fadd <4 x float> %644, %631
  %646 = select i1 %137, <4 x float> %631, <4 x float> %645
  store <4 x float> %646, ptr %643, align 4
  br label %join102

join102:                                          ; preds = %then101, %join100
  %647 = shufflevector <8 x float> %549, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %648 = add i64 %531, 6
  %649 = sdiv i64 %648, 256
  %650 = srem i64 %648, 256
  %651 = mul i64 %649, 1
  %652 = add i64 %651, %i44
  %653 = mul i64 %652, 256
  %654 = add i64 %653, %650
  %655 = add i64 %648, 0
  %656 = icmp slt i64 %655, %116
  br i1 %656, label %then103, label %join104

then103:                                          ; preds = %join102
  %657 = mul i64 %654, 256
  %658 = add i64 %657, %i48
  %659 = getelementptr float, ptr %117, i64 %658
  %660 = load <4 x float>, ptr %659, align 4
  %661 = fadd <4 x float> %660, %647
  %662 = select i1 %137, <4 x float> %647, <4 x float> %661
  store <4 x float> %662, ptr %659, align 4
  br label %join104

join104:                                          ; preds = %then103, %join102
  %663 = shufflevector <8 x float> %550, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %664 = add i64 %531, 7
  %665 = sdiv i64 %664, 256
  %666 = srem i64 %664, 256
  %667 = mul i64 %665, 1
  %668 = add i64 %667, %i44
  %669 = mul i64 %668, 256
  %670 = add i64 %669, %666
  %671 = add i64 %664, 0
  %672 = icmp slt i64 %671, %116
  br i1 %672, label %then105, label %join106

then105:                                          ; preds = %join104
  %673 = mul i64 %670, 256
  %674 = add i64 %673, %i48
  %675 = getelementptr float, ptr %117, i64 %674
  %676 = load <4 x float>, ptr %675, align 4
  %677 = fadd <4 x float> %676, %663
  %678 = select i1 %137, <4 x float> %663, <4 x float> %677
  store <4 x float> %678, ptr %675, align 4
  br label %join106

join106:                                          ; preds = %then105, %join104
  %679 = add i64 %i52, 24
  br label %loop49

loop107:                                          ; preds = %done113, %done35
  %i110 = phi i64 [ 0, %done35 ], [ %701, %done113 ]
  %680 = icmp slt i64 %i110, %140
  br i1 %680, label %body108, label %done109

body108:                                          ; preds = %loop107
  %681 = add i64 %i110, 128
  %682 = icmp slt i64 %681, %batch
  %683 = select i1 %682, i64 %681, i64 %batch
  %684 = icmp eq i64 %i110, 0
  br label %loop111

done109:                                          ; preds = %loop107
  %685 = icmp sgt i64 %u0, 256
  %686 = select i1 %685, i64 %u0, i64 256
  %687 = icmp slt i64 %u1, 512
  %688 = select i1 %687, i64 %u1, i64 512
  %689 = icmp slt i64 %688, %686
  %690 = select i1 %689, i64 %686, i64 %688
  %691 = icmp sgt i64 %686, 256
  %692 = select i1 %691, i64 %686, i64 256
  %693 = icmp slt i64 %690, 260
  %694 = select i1 %693, i64 %690, i64 260
  %695 = icmp slt i64 %694, %692
  %696 = select i1 %695, i64 %692, i64 %694
  %697 = getelementptr float, ptr %grads, i64 197904
  %698 = icmp sgt i64 %batch, 0
  %699 = select i1 %698, i64 %batch, i64 1
  br label %loop131

loop111:                                          ; preds = %done117, %body108
  %i114 = phi i64 [ 0, %body108 ], [ %703, %done117 ]
  %700 = icmp slt i64 %i114, 1
  br i1 %700, label %body112, label %done113

body112:                                          ; preds = %loop111
  br label %loop115

done113:                                          ; preds = %loop111
  %701 = add i64 %i110, 128
  br label %loop107

loop115:                                          ; preds = %done121, %body112
  %i118 = phi i64 [ 0, %body112 ], [ %723, %done121 ]
  %702 = icmp slt i64 %i118, 256
  br i1 %702, label %body116, label %done117

body116:                                          ; preds = %loop115
  br label %loop119

done117:                                          ; preds = %loop115
  %703 = add i64 %i114, 1
  br label %loop111

loop119:                                          ; preds = %join124, %body116
  %i122 = phi i64 [ %116, %body116 ], [ %738, %join124 ]
  %704 = icmp slt i64 %i122, %44
  br i1 %704, label %body120, label %done121

body120:                                          ; preds = %loop119
  %705 = sub i64 %i122, 0
  %706 = sdiv i64 %705, 256
  %707 = srem i64 %705, 256
  %708 = add i64 1024, %705
  %709 = getelementptr float, ptr %gains, i64 %708
  %710 = load float, ptr %709, align 4
  %711 = mul i64 %706, 1
  %712 = add i64 %711, %i114
  %713 = mul i64 %712, 256
  %714 = add i64 %713, %707
  %715 = mul i64 %714, 256
  %716 = add i64 %715, %i118
  %717 = getelementptr float, ptr %138, i64 %716
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  %718 = mul i64 %i114, 256
  %719 = sub i64 256, %718
  %720 = call i64 @llvm.smin.i64(i64 %719, i64 256)
  %721 = call i64 @llvm.smax.i64(i64 %720, i64 0)
  %722 = icmp slt i64 %i118, %721
  br i1 %722, label %then123, label %join124

done121:                                          ; preds = %loop119
  %723 = add i64 %i118, 16
  br label %loop115

then123:                                          ; preds = %body120
  br label %loop125

join124:                                          ; preds = %done127, %body120
  %724 = insertelement <8 x float> undef, float %710, i32 0
  %725 = shufflevector <8 x float> %724, <8 x float> undef, <8 x i32> zeroinitializer
  %726 = getelementptr float, ptr %717, i64 0
  %727 = load <8 x float>, ptr %18, align 32
  %728 = fmul <8 x float> %727, %725
  %729 = load <8 x float>, ptr %726, align 4
  %730 = fadd <8 x float> %729, %728
  %731 = select i1 %684, <8 x float> %728, <8 x float> %730
  store <8 x float> %731, ptr %726, align 4
  %732 = getelementptr float, ptr %717, i64 8
  %733 = load <8 x float>, ptr %17, align 32
  %734 = fmul <8 x float> %733, %725
  %735 = load <8 x float>, ptr %732, align 4
  %736 = fadd <8 x float> %735, %734
  %737 = select i1 %684, <8 x float> %734, <8 x float> %736
  store <8 x float> %737, ptr %732, align 4
  %738 = add i64 %i122, 1
  br label %loop119

loop125:                                          ; preds = %join130, %then123
  %i128 = phi i64 [ %i110, %then123 ], [ %762, %join130 ]
  %739 = icmp slt i64 %i128, %683
  br i1 %739, label %body126, label %done127

body126:                                          ; preds = %loop125
  %740 = mul i64 %i128, 2064
  %741 = add i64 %740, 512
  %742 = getelementptr float, ptr %dacts, i64 %741
  %743 = getelementptr float, ptr %742, i64 %705
  %744 = load float, ptr %743, align 4
  %745 = fcmp une float %744, 0.000000e+00
  br i1 %745, label %then129, label %join130

done127:                                          ; preds = %loop125
  br label %join124

then129:                                          ; preds = %body126
  %746 = mul i64 %i114, 256
  %747 = add i64 %746, %i118
  %748 = mul i64 %i128, 2064
  %749 = add i64 %748, 0
  %750 = getelementptr float, ptr %acts, i64 %749
  %751 = getelementptr float, ptr %750, i64 %747
  %752 = getelementptr float, ptr %751, i64 0
  %753 = load <8 x float>, ptr %752, align 4
  %754 = getelementptr float, ptr %751, i64 8
  %755 = load <8 x float>, ptr %754, align 4
  %756 = insertelement <8 x float> undef, float %744, i32 0
  %757 = shufflevector <8 x float> %756, <8 x float> undef, <8 x i32> zeroinitializer
  %758 = load <8 x float>, ptr %18, align 32
  %759 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %757, <8 x float> %753, <8 x float> %758)
  store <8 x float> %759, ptr %18, align 32
  %760 = load <8 x float>, ptr %17, align 32
  %761 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %757, <8 x float> %755, <8 x float> %760)
  store <8 x float> %761, ptr %17, align 32
  br label %join130

join130:                                          ; preds = %then129, %body126
  %762 = add i64 %i128, 1
  br label %loop125

loop131:                                          ; preds = %done137, %done109
  %i134 = phi i64 [ 0, %done109 ], [ %772, %done137 ]
  %763 = icmp slt i64 %i134, %699
  br i1 %763, label %body132, label %done133

body132:                                          ; preds = %loop131
  %764 = add i64 %i134, 128
  %765 = icmp slt i64 %764, %batch
  %766 = select i1 %765, i64 %764, i64 %batch
  %767 = icmp eq i64 %i134, 0
  br label %loop135

done133:                                          ; preds = %loop131
  br label %loop147

loop135:                                          ; preds = %done141, %body132
  %i138 = phi i64 [ %686, %body132 ], [ %784, %done141 ]
  %768 = icmp slt i64 %i138, %696
  br i1 %768, label %body136, label %done137

body136:                                          ; preds = %loop135
  %769 = sub i64 %i138, 256
  %770 = sdiv i64 %769, 256
  %771 = srem i64 %769, 256
  store float 0.000000e+00, ptr %16, align 4
  br label %loop139

done137:                                          ; preds = %loop135
  %772 = add i64 %i134, 128
  br label %loop131

loop139:                                          ; preds = %done145, %body136
  %i142 = phi i64 [ %i134, %body136 ], [ %803, %done145 ]
  %773 = icmp slt i64 %i142, %766
  br i1 %773, label %body140, label %done141

body140:                                          ; preds = %loop139
  %774 = mul i64 %i142, 2064
  %775 = add i64 %774, 1536
  %776 = getelementptr float, ptr %acts, i64 %775
  store float 0.000000e+00, ptr %15, align 4
  br label %loop143

done141:                                          ; preds = %loop139
  %777 = mul i64 %770, 65536
  %778 = add i64 %777, %771
  %779 = getelementptr float, ptr %697, i64 %778
  %780 = load float, ptr %16, align 4
  %781 = load float, ptr %779, align 4
  %782 = fadd float %781, %780
  %783 = select i1 %767, float %780, float %782
  store float %783, ptr %779, align 4
  %784 = add i64 %i138, 1
  br label %loop135

loop143:                                          ; preds = %body144, %body140
  %i146 = phi i64 [ 0, %body140 ], [ %794, %body144 ]
  %785 = icmp slt i64 %i146, 1
  br i1 %785, label %body144, label %done145

body144:                                          ; preds = %loop143
  %786 = mul i64 %770, 1
  %787 = add i64 %786, %i146
  %788 = mul i64 %787, 256
  %789 = add i64 %788, %771
  %790 = getelementptr float, ptr %776, i64 %789
  %791 = load float, ptr %790, align 4
  %792 = load float, ptr %15, align 4
  %793 = fadd float %792, %791
  store float %793, ptr %15, align 4
  %794 = add i64 %i146, 1
  br label %loop143

done145:                                          ; preds = %loop143
  %795 = mul i64 %i142, 2064
  %796 = add i64 %795, 1792
  %797 = getelementptr float, ptr %dacts, i64 %796
  %798 = getelementptr float, ptr %797, i64 %769
  %799 = load float, ptr %798, align 4
  %800 = load float, ptr %16, align 4
  %801 = load float, ptr %15, align 4
  %802 = call float @llvm.fmuladd.f32(float %799, float %801, float %800)
  store float %802, ptr %16, align 4
  %803 = add i64 %i142, 1
  br label %loop139

loop147:                                          ; preds = %done153, %done133
  %i150 = phi i64 [ %696, %done133 ], [ %819, %done153 ]
  %804 = icmp slt i64 %i150, %690
  br i1 %804, label %body148, label %done149

body148:                                          ; preds = %loop147
  %805 = sub i64 %i150, 256
  %806 = sdiv i64 %805, 256
  %807 = srem i64 %805, 256
  %808 = mul i64 %806, 65536
  %809 = add i64 %808, %807
  %810 = getelementptr float, ptr %697, i64 %809
  store float 0.000000e+00, ptr %810, align 4
  br label %loop151

done149:                                          ; preds = %loop147
  br label %loop159

loop151:                                          ; preds = %done157, %body148
  %i154 = phi i64 [ 0, %body148 ], [ %823, %done157 ]
  %811 = icmp slt i64 %i154, 1
  br i1 %811, label %body152, label %done153

body152:                                          ; preds = %loop151
  %812 = mul i64 %806, 1
  %813 = add i64 %812, %i154
  %814 = mul i64 %813, 256
  %815 = add i64 %814, %807
  %816 = mul i64 %815, 256
  %817 = getelementptr float, ptr %grads, i64 132368
  %818 = getelementptr float, ptr %817, i64 %816
  br label %loop155

done153:                                          ; preds = %loop151
  %819 = add i64 %i150, 1
  br label %loop147

loop155:                                          ; preds = %body156, %body152
  %i158 = phi i64 [ 0, %body152 ], [ %822, %body156 ]
  %820 = icmp slt i64 %i158, 256
  br i1 %820, label %body156, label %done157

body156:                                          ; preds = %loop155
  %821 = getelementptr float, ptr %818, i64 %i158
  store <8 x float> zeroinitializer, ptr %821, align 4
  %822 = add i64 %i158, 8
  br label %loop155

done157:                                          ; preds = %loop155
  %823 = add i64 %i154, 1
  br label %loop151

loop159:                                          ; preds = %done165, %done149
  %i162 = phi i64 [ 1, %done149 ], [ %847, %done165 ]
  %824 = icmp slt i64 %i162, 256
  br i1 %824, label %body160, label %done161

body160:                                          ; preds = %loop159
  br label %loop163

done161:                                          ; preds = %loop159
  %825 = sub i64 %696, %686
  %826 = sdiv i64 %825, 24
  %827 = mul i64 %826, 24
  %828 = add i64 %686, %827
  %829 = add i64 %828, 24
  %830 = icmp sle i64 %829, 512
  %831 = select i1 %830, i64 %696, i64 %828
  %832 = getelementptr float, ptr %grads, i64 132368
  %833 = icmp sgt i64 %batch, 0
  %834 = select i1 %833, i64 %batch, i64 1
  br label %loop167

loop163:                                          ; preds = %body164, %body160
  %i166 = phi i64 [ %686, %body160 ], [ %846, %body164 ]
  %835 = icmp slt i64 %i166, %690
  br i1 %835, label %body164, label %done165

body164:                                          ; preds = %loop163
  %836 = sub i64 %i166, 256
  %837 = srem i64 %836, 256
  %838 = sdiv i64 %836, 256
  %839 = mul i64 %838, 65536
  %840 = add i64 %839, %837
  %841 = mul i64 %i162, 256
  %842 = add i64 %840, %841
  %843 = getelementptr float, ptr %697, i64 %842
  %844 = getelementptr float, ptr %697, i64 %840
  %845 = load float, ptr %844, align 4
  store float %845, ptr %843, align 4
  %846 = add i64 %i166, 1
  br label %loop163

done165:                                          ; preds = %loop163
  %847 = add i64 %i162, 1
  br label %loop159

loop167:                                          ; preds = %done173, %done161
  %i170 = phi i64 [ 0, %done161 ], [ %860, %done173 ]
  %848 = icmp slt i64 %i170, %834
  br i1 %848, label %body168, label %done169

body168:                                          ; preds = %loop167
  %849 = add i64 %i170, 128
  %850 = icmp slt i64 %849, %batch
  %851 = select i1 %850, i64 %849, i64 %batch
  %852 = icmp eq i64 %i170, 0
  br label %loop171

done169:                                          ; preds = %loop167
  %853 = getelementptr float, ptr %grads, i64 132368
  %854 = icmp sgt i64 %batch, 0
  %855 = select i1 %854, i64 %batch, i64 1
  br label %loop243

loop171:                                          ; preds = %done177, %body168
  %i174 = phi i64 [ %686, %body168 ], [ %862, %done177 ]
  %856 = icmp slt i64 %i174, %831
  br i1 %856, label %body172, label %done173

body172:                                          ; preds = %loop171
  %857 = add i64 %i174, 96
  %858 = icmp slt i64 %857, %831
  %859 = select i1 %858, i64 %857, i64 %831
  br label %loop175

done173:                                          ; preds = %loop171
  %860 = add i64 %i170, 128
  br label %loop167

loop175:                                          ; preds = %done181, %body172
  %i178 = phi i64 [ 0, %body172 ], [ %864, %done181 ]
  %861 = icmp slt i64 %i178, 1
  br i1 %861, label %body176, label %done177

body176:                                          ; preds = %loop175
  br label %loop179

done177:                                          ; preds = %loop175
  %862 = add i64 %i174, 96
  br label %loop171

loop179:                                          ; preds = %done185, %body176
  %i182 = phi i64 [ 0, %body176 ], [ %872, %done185 ]
  %863 = icmp slt i64 %i182, 256
  br i1 %863, label %body180, label %done181

body180:                                          ; preds = %loop179
  br label %loop183

done181:                                          ; preds = %loop179
  %864 = add i64 %i178, 1
  br label %loop175

loop183:                                          ; preds = %join242, %body180
  %i186 = phi i64 [ %i174, %body180 ], [ %1394, %join242 ]
  %865 = icmp slt i64 %i186, %859
  br i1 %865, label %body184, label %done185

body184:                                          ; preds = %loop183
  %866 = sub i64 %i186, 256
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  %867 = mul i64 %i178, 256
  %868 = sub i64 256, %867
  %869 = call i64 @llvm.smin.i64(i64 %868, i64 256)
  %870 = call i64 @llvm.smax.i64(i64 %869, i64 0)
  %871 = icmp slt i64 %i182, %870
  br i1 %871, label %then187, label %join188

done185:                                          ; preds = %loop183
  %872 = add i64 %i182, 4
  br label %loop179

then187:                                          ; preds = %body184
  br label %loop189

join188:                                          ; preds = %done191, %body184
  %873 = add i64 %866, 0
  %874 = add i64 1280, %873
  %875 = getelementptr float, ptr %gains, i64 %874
  %876 = load <8 x float>, ptr %875, align 4
  %877 = load <8 x float>, ptr %14, align 32
  %878 = fmul <8 x float> %877, %876
  %879 = load <8 x float>, ptr %11, align 32
  %880 = fmul <8 x float> %879, %876
  %881 = load <8 x float>, ptr %8, align 32
  %882 = fmul <8 x float> %881, %876
  %883 = load <8 x float>, ptr %5, align 32
  %884 = fmul <8 x float> %883, %876
  %885 = shufflevector <8 x float> %878, <8 x float> %880, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %886 = shufflevector <8 x float> %878, <8 x float> %880, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %887 = shufflevector <8 x float> %882, <8 x float> %884, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %888 = shufflevector <8 x float> %882, <8 x float> %884, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %889 = shufflevector <8 x float> %885, <8 x float> %887, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %890 = shufflevector <8 x float> %885, <8 x float> %887, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %891 = shufflevector <8 x float> %886, <8 x float> %888, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %892 = shufflevector <8 x float> %886, <8 x float> %888, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %893 = shufflevector <8 x float> %889, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %894 = add i64 %873, 0
  %895 = sdiv i64 %894, 256
  %896 = srem i64 %894, 256
  %897 = mul i64 %895, 1
  %898 = add i64 %897, %i178
  %899 = mul i64 %898, 256
  %900 = add i64 %899, %896
  %901 = add i64 %894, 256
  %902 = icmp slt i64 %901, %831
  br i1 %902, label %then195, label %join196

loop189:                                          ; preds = %join194, %then187
  %i192 = phi i64 [ %i170, %then187 ], [ %979, %join194 ]
  %903 = icmp slt i64 %i192, %851
  br i1 %903, label %body190, label %done191

body190:                                          ; preds = %loop189
  %904 = mul i64 %i192, 2064
  %905 = add i64 %904, 1792
  %906 = getelementptr float, ptr %dacts, i64 %905
  %907 = getelementptr float, ptr %906, i64 %866
  %908 = add i64 %i192, 4
  %909 = mul i64 %908, 2064
  %910 = add i64 %909, 1792
  %911 = getelementptr float, ptr %dacts, i64 %910
  %912 = getelementptr float, ptr %911, i64 %866
  call void @llvm.prefetch.p0(ptr %912, i32 0, i32 3, i32 1)
  %913 = mul i64 %i178, 256
  %914 = add i64 %913, %i182
  %915 = mul i64 %908, 2064
  %916 = add i64 %915, 1280
  %917 = getelementptr float, ptr %acts, i64 %916
  %918 = getelementptr float, ptr %917, i64 %914
  call void @llvm.prefetch.p0(ptr %918, i32 0, i32 3, i32 1)
  %919 = getelementptr float, ptr %907, i64 0
  %920 = load <8 x float>, ptr %919, align 4
  %921 = bitcast <8 x float> %920 to <8 x i32>
  %922 = getelementptr float, ptr %907, i64 8
  %923 = load <8 x float>, ptr %922, align 4
  %924 = bitcast <8 x float> %923 to <8 x i32>
  %925 = or <8 x i32> %921, %924
  %926 = getelementptr float, ptr %907, i64 16
  %927 = load <8 x float>, ptr %926, align 4
  %928 = bitcast <8 x float> %927 to <8 x i32>
  %929 = or <8 x i32> %925, %928
  %930 = and <8 x i32> %929, <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %931 = icmp ne <8 x i32> %930, zeroinitializer
  %932 = call i1 @llvm.vector.reduce.or.v8i1(<8 x i1> %931)
  br i1 %932, label %then193, label %join194

done191:                                          ; preds = %loop189
  br label %join188

then193:                                          ; preds = %body190
  %933 = mul i64 %i178, 256
  %934 = add i64 %933, %i182
  %935 = mul i64 %i192, 2064
  %936 = add i64 %935, 1280
  %937 = getelementptr float, ptr %acts, i64 %936
  %938 = getelementptr float, ptr %937, i64 %934
  %939 = getelementptr float, ptr %938, i64 0
  %940 = load float, ptr %939, align 4
  %941 = getelementptr float, ptr %938, i64 1
  %942 = load float, ptr %941, align 4
  %943 = getelementptr float, ptr %938, i64 2
  %944 = load float, ptr %943, align 4
  %945 = getelementptr float, ptr %938, i64 3
  %946 = load float, ptr %945, align 4
  %947 = insertelement <8 x float> undef, float %940, i32 0
  %948 = shufflevector <8 x float> %947, <8 x float> undef, <8 x i32> zeroinitializer
  %949 = load <8 x float>, ptr %14, align 32
  %950 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %948, <8 x float> %920, <8 x float> %949)
  store <8 x float> %950, ptr %14, align 32
  %951 = load <8 x float>, ptr %13, align 32
  %952 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %948, <8 x float> %923, <8 x float> %951)
  store <8 x float> %952, ptr %13, align 32
  %953 = load <8 x float>, ptr %12, align 32
  %954 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %948, <8 x float> %927, <8 x float> %953)
  store <8 x float> %954, ptr %12, align 32
  %955 = insertelement <8 x float> undef, float %942, i32 0
  %956 = shufflevector <8 x float> %955, <8 x float> undef, <8 x i32> zeroinitializer
  %957 = load <8 x float>, ptr %11, align 32
  %958 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %956, <8 x float> %920, <8 x float> %957)
  store <8 x float> %958, ptr %11, align 32
  %959 = load <8 x float>, ptr %10, align 32
  %960 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %956, <8 x float> %923, <8 x float> %959)
  store <8 x float> %960, ptr %10, align 32
  %961 = load <8 x float>, ptr %9, align 32
  %962 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %956, <8 x float> %927, <8 x float> %961)
  store <8 x float> %962, ptr %9, align 32
  %963 = insertelement <8 x float> undef, float %944, i32 0
  %964 = shufflevector <8 x float> %963, <8 x float> undef, <8 x i32> zeroinitializer
  %965 = load <8 x float>, ptr %8, align 32
  %966 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %964, <8 x float> %920, <8 x float> %965)
  store <8 x float> %966, ptr %8, align 32
  %967 = load <8 x float>, ptr %7, align 32
  %968 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %964, <8 x float> %923, <8 x float> %967)
  store <8 x float> %968, ptr %7, align 32
  %969 = load <8 x float>, ptr %6, align 32
  %970 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %964, <8 x float> %927, <8 x float> %969)
  store <8 x float> %970, ptr %6, align 32
  %971 = insertelement <8 x float> undef, float %946, i32 0
  %972 = shufflevector <8 x float> %971, <8 x float> undef, <8 x i32> zeroinitializer
  %973 = load <8 x float>, ptr %5, align 32
  %974 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %972, <8 x float> %920, <8 x float> %973)
  store <8 x float> %974, ptr %5, align 32
  %975 = load <8 x float>, ptr %4, align 32
  %976 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %972, <8 x float> %923, <8 x float> %975)
  store <8 x float> %976, ptr %4, align 32
  %977 = load <8 x float>, ptr %3, align 32
  %978 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %972, <8 x float> %927, <8 x float> %977)
  store <8 x float> %978, ptr %3, align 32
  br label %join194

join194:                                          ; preds = %then193, %body190
  %979 = add i64 %i192, 1
  br label %loop189

then195:                                          ; preds = %join188
  %980 = mul i64 %900, 256
  %981 = add i64 %980, %i182
  %982 = getelementptr float, ptr %832, i64 %981
  %983 = load <4 x float>, ptr %982, align 4
  %984 = fadd <4 x float> %983, %893
  %985 = select i1 %852, <4 x float> %893, <4 x float> %984
  store <4 x float> %985, ptr %982, align 4
  br label %join196

join196:                                          ; preds = %then195, %join188
  %986 = shufflevector <8 x float> %890, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %987 = add i64 %873, 1
  %988 = sdiv i64 %987, 256
  %989 = srem i64 %987, 256
  %990 = mul i64 %988, 1
  %991 = add i64 %990, %i178
  %992 = mul i64 %991, 256
  %993 = add i64 %992, %989
  %994 = add i64 %987, 256
  %995 = icmp slt i64 %994, %831
  br i1 %995, label %then197, label %join198

then197:                                          ; preds = %join196
  %996 = mul i64 %993, 256
  %997 = add i64 %996, %i182
  %998 = getelementptr float, ptr %832, i64 %997
  %999 = load <4 x float>, ptr %998, align 4
  %1000 = fadd <4 x float> %999, %986
  %1001 = select i1 %852, <4 x float> %986, <4 x float> %1000
  store <4 x float> %1001, ptr %998, align 4
  br label %join198

join198:                                          ; preds = %then197, %join196
  %1002 = shufflevector <8 x float> %891, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1003 = add i64 %873, 2
  %1004 = sdiv i64 %1003, 256
  %1005 = srem i64 %1003, 256
  %1006 = mul i64 %1004, 1
  %1007 = add i64 %1006, %i178
  %1008 = mul i64 %1007, 256
  %1009 = add i64 %1008, %1005
  %1010 = add i64 %1003, 256
  %1011 = icmp slt i64 %1010, %831
  br i1 %1011, label %then199, label %join200

then199:                                          ; preds = %join198
  %1012 = mul i64 %1009, 256
  %1013 = add i64 %1012, %i182
  %1014 = getelementptr float, ptr %832, i64 %1013
  %1015 = load <4 x float>, ptr %1014, align 4
  %1016 = fadd <4 x float> %1015, %1002
  %1017 = select i1 %852, <4 x float> %1002, <4 x float> %1016
  store <4 x float> %1017, ptr %1014, align 4
  br label %join200

join200:                                          ; preds = %then199, %join198
  %1018 = shufflevector <8 x float> %892, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1019 = add i64 %873, 3
  %1020 = sdiv i64 %1019, 256
  %1021 = srem i64 %1019, 256
  %1022 = mul i64 %1020, 1
  %1023 = add i64 %1022, %i178
  %1024 = mul i64 %1023, 256
  %1025 = add i64 %1024, %1021
  %1026 = add i64 %1019, 256
  %1027 = icmp slt i64 %1026, %831
  br i1 %1027, label %then201, label %join202

then201:                                          ; preds = %join200
  %1028 = mul i64 %1025, 256
  %1029 = add i64 %1028, %i182
  %1030 = getelementptr float, ptr %832, i64 %1029
  %1031 = load <4 x float>, ptr %1030, align 4
  %1032 = fadd <4 x float> %1031, %1018
  %1033 = select i1 %852, <4 x float> %1018, <4 x float> %1032
  store <4 x float> %1033, ptr %1030, align 4
  br label %join202

join202:                                          ; preds = %then201, %join200
  %1034 = shufflevector <8 x float> %889, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1035 = add i64 %873, 4
  %1036 = sdiv i64 %1035, 256
  %1037 = srem i64 %1035, 256
  %1038 = mul i64 %1036, 1
  %1039 = add i64 %1038, %i178
  %1040 = mul i64 %1039, 256
  %1041 = add i64 %1040, %1037
  %1042 = add i64 %1035, 256
  %1043 = icmp slt i64 %1042, %831
  br i1 %1043, label %then203, label %join204

then203:                                          ; preds = %join202
  %1044 = mul i64 %1041, 256
  %1045 = add i64 %1044, %i182
  %1046 = getelementptr float, ptr %832, i64 %1045
  %1047 = load <4 x float>, ptr %1046, align 4
  %1048 = fadd <4 x float> %1047, %1034
  %1049 = select i1 %852, <4 x float> %1034, <4 x float> %1048
  store <4 x float> %1049, ptr %1046, align 4
  br label %join204

join204:                                          ; preds = %then203, %join202
  %1050 = shufflevector <8 x float> %890, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1051 = add i64 %873, 5
  %1052 = sdiv i64 %1051, 256
  %1053 = srem i64 %1051, 256
  %1054 = mul i64 %1052, 1
  %1055 = add i64 %1054, %i178
  %1056 = mul i64 %1055, 256
  %1057 = add i64 %1056, %1053
  %1058 = add i64 %1051, 256
  %1059 = icmp slt i64 %1058, %831
  br i1 %1059, label %then205, label %join206

then205:                                          ; preds = %join204
  %1060 = mul i64 %1057, 256
  %1061 = add i64 %1060, %i182
  %1062 = getelementptr float, ptr %832, i64 %1061
  %1063 = load <4 x float>, ptr %1062, align 4
  %1064 = fadd <4 x float> %1063, %1050
  %1065 = select i1 %852, <4 x float> %1050, <4 x float> %1064
  store <4 x float> %1065, ptr %1062, align 4
  br label %join206

join206:                                          ; preds = %then205, %join204
  %1066 = shufflevector <8 x float> %891, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1067 = add i64 %873, 6
  %1068 = sdiv i64 %1067, 256
  %1069 = srem i64 %1067, 256
  %1070 = mul i64 %1068, 1
  %1071 = add i64 %1070, %i178
  %1072 = mul i64 %1071, 256
  %1073 = add i64 %1072, %1069
  %1074 = add i64 %1067, 256
  %1075 = icmp slt i64 %1074, %831
  br i1 %1075, label %then207, label %join208

then207:                                          ; preds = %join206
  %1076 = mul i64 %1073, 256
  %1077 = add i64 %1076, %i182
  %1078 = getelementptr float, ptr %832, i64 %1077
  %1079 = load <4 x float>, ptr %1078, align 4
  %1080 = fadd <4 x float> %1079, %1066
  %1081 = select i1 %852, <4 x float> %1066, <4 x float> %1080
  store <4 x float> %1081, ptr %1078, align 4
  br label %join208

join208:                                          ; preds = %then207, %join206
  %1082 = shufflevector <8 x float> %892, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1083 = add i64 %873, 7
  %1084 = sdiv i64 %1083, 256
  %1085 = srem i64 %1083, 256
  %1086 = mul i64 %1084, 1
  %1087 = add i64 %1086, %i178
  %1088 = mul i64 %1087, 256
  %1089 = add i64 %1088, %1085
  %1090 = add i64 %1083, 256
  %1091 = icmp slt i64 %1090, %831
  br i1 %1091, label %then209, label %join210

then209:                                          ; preds = %join208
  %1092 = mul i64 %1089, 256
  %1093 = add i64 %1092, %i182
  %1094 = getelementptr float, ptr %832, i64 %1093
  %1095 = load <4 x float>, ptr %1094, align 4
  %1096 = fadd <4 x float> %1095, %1082
  %1097 = select i1 %852, <4 x float> %1082, <4 x float> %1096
  store <4 x float> %1097, ptr %1094, align 4
  br label %join210

join210:                                          ; preds = %then209, %join208
  %1098 = add i64 %866, 8
  %1099 = add i64 1280, %1098
  %1100 = getelementptr float, ptr %gains, i64 %1099
  %1101 = load <8 x float>, ptr %1100, align 4
  %1102 = load <8 x float>, ptr %13, align 32
  %1103 = fmul <8 x float> %1102, %1101
  %1104 = load <8 x float>, ptr %10, align 32
  %1105 = fmul <8 x float> %1104, %1101
  %1106 = load <8 x float>, ptr %7, align 32
  %1107 = fmul <8 x float> %1106, %1101
  %1108 = load <8 x float>, ptr %4, align 32
  %1109 = fmul <8 x float> %1108, %1101
  %1110 = shufflevector <8 x float> %1103, <8 x float> %1105, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %1111 = shufflevector <8 x float> %1103, <8 x float> %1105, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %1112 = shufflevector <8 x float> %1107, <8 x float> %1109, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %1113 = shufflevector <8 x float> %1107, <8 x float> %1109, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %1114 = shufflevector <8 x float> %1110, <8 x float> %1112, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1115 = shufflevector <8 x float> %1110, <8 x float> %1112, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1116 = shufflevector <8 x float> %1111, <8 x float> %1113, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1117 = shufflevector <8 x float> %1111, <8 x float> %1113, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1118 = shufflevector <8 x float> %1114, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1119 = add i64 %1098, 0
  %1120 = sdiv i64 %1119, 256
  %1121 = srem i64 %1119, 256
  %1122 = mul i64 %1120, 1
  %1123 = add i64 %1122, %i178
  %1124 = mul i64 %1123, 256
  %1125 = add i64 %1124, %1121
  %1126 = add i64 %1119, 256
  %1127 = icmp slt i64 %1126, %831
  br i1 %1127, label %then211, label %join212

then211:                                          ; preds = %join210
  %1128 = mul i64 %1125, 256
  %1129 = add i64 %1128, %i182
  %1130 = getelementptr float, ptr %832, i64 %1129
  %1131 = load <4 x float>, ptr %1130, align 4
  %1132 = fadd <4 x float> %1131, %1118
  %1133 = select i1 %852, <4 x float> %1118, <4 x float> %1132
  store <4 x float> %1133, ptr %1130, align 4
  br label %join212

join212:                                          ; preds = %then211, %join210
  %1134 = shufflevector <8 x float> %1115, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1135 = add i64 %1098, 1
  %1136 = sdiv i64 %1135, 256
  %1137 = srem i64 %1135, 256
  %1138 = mul i64 %1136, 1
  %1139 = add i64 %1138, %i178
  %1140 = mul i64 %1139, 256
  %1141 = add i64 %1140, %1137
  %1142 = add i64 %1135, 256
  %1143 = icmp slt i64 %1142, %831
  br i1 %1143, label %then213, label %join214

then213:                                          ; preds = %join212
  %1144 = mul i64 %1141, 256
  %1145 = add i64 %1144, %i182
  %1146 = getelementptr float, ptr %832, i64 %1145
  %1147 = load <4 x float>, ptr %1146, align 4
  %1148 = fadd <4 x float> %1147, %1134
  %1149 = select i1 %852, <4 x float> %1134, <4 x float> %1148
  store <4 x float> %1149, ptr %1146, align 4
  br label %join214

join214:                                          ; preds = %then213, %join212
  %1150 = shufflevector <8 x float> %1116, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1151 = add i64 %1098, 2
  %1152 = sdiv i64 %1151, 256
  %1153 = srem i64 %1151, 256
  %1154 = mul i64 %1152, 1
  %1155 = add i64 %1154, %i178
  %1156 = mul i64 %1155, 256
  %1157 = add i64 %1156, %1153
  %1158 = add i64 %1151, 256
  %1159 = icmp slt i64 %1158, %831
  br i1 %1159, label %then215, label %join216

then215:                                          ; preds = %join214
  %1160 = mul i64 %1157, 256
  %1161 = add i64 %1160, %i182
  %1162 = getelementptr float, ptr %832, i64 %1161
  %1163 = load <4 x float>, ptr %1162, align 4
  %1164 = fadd <4 x float> %1163, %1150
  %1165 = select i1 %852, <4 x float> %1150, <4 x float> %1164
  store <4 x float> %1165, ptr %1162, align 4
  br label %join216

join216:                                          ; preds = %then215, %join214
  %1166 = shufflevector <8 x float> %1117, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1167 = add i64 %1098, 3
  %1168 = sdiv i64 %1167, 256
  %1169 = srem i64 %1167, 256
  %1170 = mul i64 %1168, 1
  %1171 = add i64 %1170, %i178
  %1172 = mul i64 %1171, 256
  %1173 = add i64 %1172, %1169
  %1174 = add i64 %1167, 256
  %1175 = icmp slt i64 %1174, %831
  br i1 %1175, label %then217, label %join218

then217:                                          ; preds = %join216
  %1176 = mul i64 %1173, 256
  %1177 = add i64 %1176, %i182
  %1178 = getelementptr float, ptr %832, i64 %1177
  %1179 = load <4 x float>, ptr %1178, align 4
  %1180 = fadd <4 x float> %1179, %1166
  %1181 = select i1 %852, <4 x float> %1166, <4 x float> %1180
  store <4 x float> %1181, ptr %1178, align 4
  br label %join218

join218:                                          ; preds = %then217, %join216
  %1182 = shufflevector <8 x float> %1114, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1183 = add i64 %1098, 4
  %1184 = sdiv i64 %1183, 256
  %1185 = srem i64 %1183, 256
  %1186 = mul i64 %1184, 1
  %1187 = add i64 %1186, %i178
  %1188 = mul i64 %1187, 256
  %1189 = add i64 %1188, %1185
  %1190 = add i64 %1183, 256
  %1191 = icmp slt i64 %1190, %831
  br i1 %1191, label %then219, label %join220

then219:                                          ; preds = %join218
  %1192 = mul i64 %1189, 256
  %1193 = add i64 %1192, %i182
  %1194 = getelementptr float, ptr %832, i64 %1193
  %1195 = load <4 x float>, ptr %1194, align 4
  %1196 = fadd <4 x float> %1195, %1182
  %1197 = select i1 %852, <4 x float> %1182, <4 x float> %1196
  store <4 x float> %1197, ptr %1194, align 4
  br label %join220

join220:                                          ; preds = %then219, %join218
  %1198 = shufflevector <8 x float> %1115, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1199 = add i64 %1098, 5
  %1200 = sdiv i64 %1199, 256
  %1201 = srem i64 %1199, 256
  %1202 = mul i64 %1200, 1
  %1203 = add i64 %1202, %i178
  %1204 = mul i64 %1203, 256
  %1205 = add i64 %1204, %1201
  %1206 = add i64 %1199, 256
  %1207 = icmp slt i64 %1206, %831
  br i1 %1207, label %then221, label %join222

then221:                                          ; preds = %join220
  %1208 = mul i64 %1205, 256
  %1209 = add i64 %1208, %i182
  %1210 = getelementptr float, ptr %832, i64 %1209
  %1211 = load <4 x float>, ptr %1210, align 4
  %1212 = fadd <4 x float> %1211, %1198
  %1213 = select i1 %852, <4 x float> %1198, <4 x float> %1212
  store <4 x float> %1213, ptr %1210, align 4
  br label %join222

join222:                                          ; preds = %then221, %join220
  %1214 = shufflevector <8 x float> %1116, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1215 = add i64 %1098, 6
  %1216 = sdiv i64 %1215, 256
  %1217 = srem i64 %1215, 256
  %1218 = mul i64 %1216, 1
  %1219 = add i64 %1218, %i178
  %1220 = mul i64 %1219, 256
  %1221 = add i64 %1220, %1217
  %1222 = add i64 %1215, 256
  %1223 = icmp slt i64 %1222, %831
  br i1 %1223, label %then223, label %join224

then223:                                          ; preds = %join222
  %1224 = mul i64 %1221, 256
  %1225 = add i64 %1224, %i182
  %1226 = getelementptr float, ptr %832, i64 %1225
  %1227 = load <4 x float>, ptr %1226, align 4
  %1228 = fadd <4 x float> %1227, %1214
  %1229 = select i1 %852, <4 x float> %1214, <4 x float> %1228
  store <4 x float> %1229, ptr %1226, align 4
  br label %join224

join224:                                          ; preds = %then223, %join222
  %1230 = shufflevector <8 x float> %1117, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1231 = add i64 %1098, 7
  %1232 = sdiv i64 %1231, 256
  %1233 = srem i64 %1231, 256
  %1234 = mul i64 %1232, 1
  %1235 = add i64 %1234, %i178
  %1236 = mul i64 %1235, 256
  %1237 = add i64 %1236, %1233
  %1238 = add i64 %1231, 256
  %1239 = icmp slt i64 %1238, %831
  br i1 %1239, label %then225, label %join226

then225:                                          ; preds = %join224
  %1240 = mul i64 %1237, 256
  %1241 = add i64 %1240, %i182
  %1242 = getelementptr float, ptr %832, i64 %1241
  %1243 = load <4 x float>, ptr %1242, align 4
  %1244 = fadd <4 x float> %1243, %1230
  %1245 = select i1 %852, <4 x float> %1230, <4 x float> %1244
  store <4 x float> %1245, ptr %1242, align 4
  br label %join226

join226:                                          ; preds = %then225, %join224
  %1246 = add i64 %866, 16
  %1247 = add i64 1280, %1246
  %1248 = getelementptr float, ptr %gains, i64 %1247
  %1249 = load <8 x float>, ptr %1248, align 4
  %1250 = load <8 x float>, ptr %12, align 32
  %1251 = fmul <8 x float> %1250, %1249
  %1252 = load <8 x float>, ptr %9, align 32
  %1253 = fmul <8 x float> %1252, %1249
  %1254 = load <8 x float>, ptr %6, align 32
  %1255 = fmul <8 x float> %1254, %1249
  %1256 = load <8 x float>, ptr %3, align 32
  %1257 = fmul <8 x float> %1256, %1249
  %1258 = shufflevector <8 x float> %1251, <8 x float> %1253, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %1259 = shufflevector <8 x float> %1251, <8 x float> %1253, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %1260 = shufflevector <8 x float> %1255, <8 x float> %1257, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %1261 = shufflevector <8 x float> %1255, <8 x float> %1257, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %1262 = shufflevector <8 x float> %1258, <8 x float> %1260, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1263 = shufflevector <8 x float> %1258, <8 x float> %1260, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1264 = shufflevector <8 x float> %1259, <8 x float> %1261, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1265 = shufflevector <8 x float> %1259, <8 x float> %1261, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1266 = shufflevector <8 x float> %1262, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1267 = add i64 %1246, 0
  %1268 = sdiv i64 %1267, 256
  %1269 = srem i64 %1267, 256
  %1270 = mul i64 %1268, 1
  %1271 = add i64 %1270, %i178
  %1272 = mul i64 %1271, 256
  %1273 = add i64 %1272, %1269
  %1274 = add i64 %1267, 256
  %1275 = icmp slt i64 %1274, %831
  br i1 %1275, label %then227, label %join228

then227:                                          ; preds = %join226
  %1276 = mul i64 %1273, 256
  %1277 = add i64 %1276, %i182
  %1278 = getelementptr float, ptr %832, i64 %1277
  %1279 = load <4 x float>, ptr %1278, align 4
  %1280 = fadd <4 x float> %1279, %1266
  %1281 = select i1 %852, <4 x float> %1266, <4 x float> %1280
  store <4 x float> %1281, ptr %1278, align 4
  br label %join228

join228:                                          ; preds = %then227, %join226
  %1282 = shufflevector <8 x float> %1263, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1283 = add i64 %1246, 1
  %1284 = sdiv i64 %1283, 256
  %1285 = srem i64 %1283, 256
  %1286 = mul i64 %1284, 1
  %1287 = add i64 %1286, %i178
  %1288 = mul i64 %1287, 256
  %1289 = add i64 %1288, %1285
  %1290 = add i64 %1283, 256
  %1291 = icmp slt i64 %1290, %831
  br i1 %1291, label %then229, label %join230

then229:                                          ; preds = %join228
  %1292 = mul i64 %1289, 256
  %1293 = add i64 %1292, %i182
  %1294 = getelementptr float, ptr %832, i64 %1293
  %1295 = load <4 x float>, ptr %1294, align 4
  %1296 = fadd <4 x float> %1295, %1282
  %1297 = select i1 %852, <4 x float> %1282, <4 x float> %1296
  store <4 x float> %1297, ptr %1294, align 4
  br label %join230

join230:                                          ; preds = %then229, %join228
  %1298 = shufflevector <8 x float> %1264, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1299 = add i64 %1246, 2
  %1300 = sdiv i64 %1299, 256
  %1301 = srem i64 %1299, 256
  %1302 = mul i64 %1300, 1
  %1303 = add i64 %1302, %i178
  %1304 = mul i64 %1303, 256
  %1305 = add i64 %1304, %1301
  %1306 = add i64 %1299, 256
  %1307 = icmp slt i64 %1306, %831
  br i1 %1307, label %then231, label %join232

then231:                                          ; preds = %join230
  %1308 = mul i64 %1305, 256
  %1309 = add i64 %1308, %i182
  %1310 = getelementptr float, ptr %832, i64 %1309
  %1311 = load <4 x float>, ptr %1310, align 4
  %1312 = fadd <4 x float> %1311, %1298
  %1313 = select i1 %852, <4 x float> %1298, <4 x float> %1312
  store <4 x float> %1313, ptr %1310, align 4
  br label %join232

join232:                                          ; preds = %then231, %join230
  %1314 = shufflevector <8 x float> %1265, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1315 = add i64 %1246, 3
  %1316 = sdiv i64 %1315, 256
  %1317 = srem i64 %1315, 256
  %1318 = mul i64 %1316, 1
  %1319 = add i64 %1318, %i178
  %1320 = mul i64 %1319, 256
  %1321 = add i64 %1320, %1317
  %1322 = add i64 %1315, 256
  %1323 = icmp slt i64 %1322, %831
  br i1 %1323, label %then233, label %join234

then233:                                          ; preds = %join232
  %1324 = mul i64 %1321, 256
  %1325 = add i64 %1324, %i182
  %1326 = getelementptr float, ptr %832, i64 %1325
  %1327 = load <4 x float>, ptr %1326, align 4
  %1328 = fadd <4 x float> %1327, %1314
  %1329 = select i1 %852, <4 x float> %1314, <4 x float> %1328
  store <4 x float> %1329, ptr %1326, align 4
  br label %join234

join234:                                          ; preds = %then233, %join232
  %1330 = shufflevector <8 x float> %1262, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1331 = add i64 %1246, 4
  %1332 = sdiv i64 %1331, 256
  %1333 = srem i64 %1331, 256
  %1334 = mul i64 %1332, 1
  %1335 = add i64 %1334, %i178
  %1336 = mul i64 %1335, 256
  %1337 = add i64 %1336, %1333
  %1338 = add i64 %1331, 256
  %1339 = icmp slt i64 %1338, %831
  br i1 %1339, label %then235, label %join236

then235:                                          ; preds = %join234
  %1340 = mul i64 %1337, 256
  %1341 = add i64 %1340, %i182
  %1342 = getelementptr float, ptr %832, i64 %1341
  %1343 = load <4 x float>, ptr %1342, align 4
  %1344 = fadd <4 x float> %1343, %1330
  %1345 = select i1 %852, <4 x float> %1330, <4 x float> %1344
  store <4 x float> %1345, ptr %1342, align 4
  br label %join236

join236:                                          ; preds = %then235, %join234
  %1346 = shufflevector <8 x float> %1263, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1347 = add i64 %1246, 5
  %1348 = sdiv i64 %1347, 256
  %1349 = srem i64 %1347, 256
  %1350 = mul i64 %1348, 1
  %1351 = add i64 %1350, %i178
  %1352 = mul i64 %1351, 256
  %1353 = add i64 %1352, %1349
  %1354 = add i64 %1347, 256
  %1355 = icmp slt i64 %1354, %831
  br i1 %1355, label %then237, label %join238

then237:                                          ; preds = %join236
  %1356 = mul i64 %1353, 256
  %1357 = add i64 %1356, %i182
  %1358 = getelementptr float, ptr %832, i64 %1357
  %1359 = load <4 x float>, ptr %1358, align 4
  %1360 = fadd <4 x float> %1359, %1346
  %1361 = select i1 %852, <4 x float> %1346, <4 x float> %1360
  store <4 x float> %1361, ptr %1358, align 4
  br label %join238

join238:                                          ; preds = %then237, %join236
  %1362 = shufflevector <8 x float> %1264, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1363 = add i64 %1246, 6
  %1364 = sdiv i64 %1363, 256
  %1365 = srem i64 %1363, 256
  %1366 = mul i64 %1364, 1
  %1367 = add i64 %1366, %i178
  %1368 = mul i64 %1367, 256
  %1369 = add i64 %1368, %1365
  %1370 = add i64 %1363, 256
  %1371 = icmp slt i64 %1370, %831
  br i1 %1371, label %then239, label %join240

then239:                                          ; preds = %join238
  %1372 = mul i64 %1369, 256
  %1373 = add i64 %1372, %i182
  %1374 = getelementptr float, ptr %832, i64 %1373
  %1375 = load <4 x float>, ptr %1374, align 4
  %1376 = fadd <4 x float> %1375, %1362
  %1377 = select i1 %852, <4 x float> %1362, <4 x float> %1376
  store <4 x float> %1377, ptr %1374, align 4
  br label %join240

join240:                                          ; preds = %then239, %join238
  %1378 = shufflevector <8 x float> %1265, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1379 = add i64 %1246, 7
  %1380 = sdiv i64 %1379, 256
  %1381 = srem i64 %1379, 256
  %1382 = mul i64 %1380, 1
  %1383 = add i64 %1382, %i178
  %1384 = mul i64 %1383, 256
  %1385 = add i64 %1384, %1381
  %1386 = add i64 %1379, 256
  %1387 = icmp slt i64 %1386, %831
  br i1 %1387, label %then241, label %join242

then241:                                          ; preds = %join240
  %1388 = mul i64 %1385, 256
  %1389 = add i64 %1388, %i182
  %1390 = getelementptr float, ptr %832, i64 %1389
  %1391 = load <4 x float>, ptr %1390, align 4
  %1392 = fadd <4 x float> %1391, %1378
  %1393 = select i1 %852, <4 x float> %1378, <4 x float> %1392
  store <4 x float> %1393, ptr %1390, align 4
  br label %join242

join242:                                          ; preds = %then241, %join240
  %1394 = add i64 %i186, 24
  br label %loop183

loop243:                                          ; preds = %done249, %done169
  %i246 = phi i64 [ 0, %done169 ], [ %1404, %done249 ]
  %1395 = icmp slt i64 %i246, %855
  br i1 %1395, label %body244, label %done245

body244:                                          ; preds = %loop243
  %1396 = add i64 %i246, 128
  %1397 = icmp slt i64 %1396, %batch
  %1398 = select i1 %1397, i64 %1396, i64 %batch
  %1399 = icmp eq i64 %i246, 0
  br label %loop247

done245:                                          ; preds = %loop243
  %1400 = icmp sgt i64 %u1, 512
  %1401 = icmp sle i64 %u0, 512
  %1402 = and i1 %1401, %1400
  br i1 %1402, label %then267, label %join268

loop247:                                          ; preds = %done253, %body244
  %i250 = phi i64 [ 0, %body244 ], [ %1406, %done253 ]
  %1403 = icmp slt i64 %i250, 1
  br i1 %1403, label %body248, label %done249

body248:                                          ; preds = %loop247
  br label %loop251

done249:                                          ; preds = %loop247
  %1404 = add i64 %i246, 128
  br label %loop243

loop251:                                          ; preds = %done257, %body248
  %i254 = phi i64 [ 0, %body248 ], [ %1426, %done257 ]
  %1405 = icmp slt i64 %i254, 256
  br i1 %1405, label %body252, label %done253

body252:                                          ; preds = %loop251
  br label %loop255

done253:                                          ; preds = %loop251
  %1406 = add i64 %i250, 1
  br label %loop247

loop255:                                          ; preds = %join260, %body252
  %i258 = phi i64 [ %831, %body252 ], [ %1441, %join260 ]
  %1407 = icmp slt i64 %i258, %696
  br i1 %1407, label %body256, label %done257

body256:                                          ; preds = %loop255
  %1408 = sub i64 %i258, 256
  %1409 = sdiv i64 %1408, 256
  %1410 = srem i64 %1408, 256
  %1411 = add i64 1280, %1408
  %1412 = getelementptr float, ptr %gains, i64 %1411
  %1413 = load float, ptr %1412, align 4
  %1414 = mul i64 %1409, 1
  %1415 = add i64 %1414, %i250
  %1416 = mul i64 %1415, 256
  %1417 = add i64 %1416, %1410
  %1418 = mul i64 %1417, 256
  %1419 = add i64 %1418, %i254
  %1420 = getelementptr float, ptr %853, i64 %1419
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  %1421 = mul i64 %i250, 256
  %1422 = sub i64 256, %1421
  %1423 = call i64 @llvm.smin.i64(i64 %1422, i64 256)
  %1424 = call i64 @llvm.smax.i64(i64 %1423, i64 0)
  %1425 = icmp slt i64 %i254, %1424
  br i1 %1425, label %then259, label %join260

done257:                                          ; preds = %loop255
  %1426 = add i64 %i254, 16
  br label %loop251

then259:                                          ; preds = %body256
  br label %loop261

join260:                                          ; preds = %done263, %body256
  %1427 = insertelement <8 x float> undef, float %1413, i32 0
  %1428 = shufflevector <8 x float> %1427, <8 x float> undef, <8 x i32> zeroinitializer
  %1429 = getelementptr float, ptr %1420, i64 0
  %1430 = load <8 x float>, ptr %2, align 32
  %1431 = fmul <8 x float> %1430, %1428
  %1432 = load <8 x float>, ptr %1429, align 4
  %1433 = fadd <8 x float> %1432, %1431
  %1434 = select i1 %1399, <8 x float> %1431, <8 x float> %1433
  store <8 x float> %1434, ptr %1429, align 4
  %1435 = getelementptr float, ptr %1420, i64 8
  %1436 = load <8 x float>, ptr %1, align 32
  %1437 = fmul <8 x float> %1436, %1428
  %1438 = load <8 x float>, ptr %1435, align 4
  %1439 = fadd <8 x float> %1438, %1437
  %1440 = select i1 %1399, <8 x float> %1437, <8 x float> %1439
  store <8 x float> %1440, ptr %1435, align 4
  %1441 = add i64 %i258, 1
  br label %loop255

loop261:                                          ; preds = %join266, %then259
  %i264 = phi i64 [ %i246, %then259 ], [ %1465, %join266 ]
  %1442 = icmp slt i64 %i264, %1398
  br i1 %1442, label %body262, label %done263

body262:                                          ; preds = %loop261
  %1443 = mul i64 %i264, 2064
  %1444 = add i64 %1443, 1792
  %1445 = getelementptr float, ptr %dacts, i64 %1444
  %1446 = getelementptr float, ptr %1445, i64 %1408
  %1447 = load float, ptr %1446, align 4
  %1448 = fcmp une float %1447, 0.000000e+00
  br i1 %1448, label %then265, label %join266

done263:                                          ; preds = %loop261
  br label %join260

then265:                                          ; preds = %body262
  %1449 = mul i64 %i250, 256
  %1450 = add i64 %1449, %i254
  %1451 = mul i64 %i264, 2064
  %1452 = add i64 %1451, 1280
  %1453 = getelementptr float, ptr %acts, i64 %1452
  %1454 = getelementptr float, ptr %1453, i64 %1450
  %1455 = getelementptr float, ptr %1454, i64 0
  %1456 = load <8 x float>, ptr %1455, align 4
  %1457 = getelementptr float, ptr %1454, i64 8
  %1458 = load <8 x float>, ptr %1457, align 4
  %1459 = insertelement <8 x float> undef, float %1447, i32 0
  %1460 = shufflevector <8 x float> %1459, <8 x float> undef, <8 x i32> zeroinitializer
  %1461 = load <8 x float>, ptr %2, align 32
  %1462 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1460, <8 x float> %1456, <8 x float> %1461)
  store <8 x float> %1462, ptr %2, align 32
  %1463 = load <8 x float>, ptr %1, align 32
  %1464 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %1460, <8 x float> %1458, <8 x float> %1463)
  store <8 x float> %1464, ptr %1, align 32
  br label %join266

join266:                                          ; preds = %then265, %body262
  %1465 = add i64 %i264, 1
  br label %loop261

then267:                                          ; preds = %done245
  %1466 = getelementptr float, ptr %grads, i64 132096
  br label %loop269

join268:                                          ; preds = %done283, %done245
  ret void

loop269:                                          ; preds = %body270, %then267
  %i272 = phi i64 [ 0, %then267 ], [ %1469, %body270 ]
  %1467 = icmp slt i64 %i272, 256
  br i1 %1467, label %body270, label %done271

body270:                                          ; preds = %loop269
  %1468 = getelementptr float, ptr %1466, i64 %i272
  store float 0.000000e+00, ptr %1468, align 4
  %1469 = add i64 %i272, 1
  br label %loop269

done271:                                          ; preds = %loop269
  br label %loop273

loop273:                                          ; preds = %done279, %done271
  %i276 = phi i64 [ 0, %done271 ], [ %1496, %done279 ]
  %1470 = icmp slt i64 %i276, %batch
  br i1 %1470, label %body274, label %done275

body274:                                          ; preds = %loop273
  br label %loop277

done275:                                          ; preds = %loop273
  store float 0.000000e+00, ptr %0, align 4
  br label %loop281

loop277:                                          ; preds = %body278, %body274
  %i280 = phi i64 [ 0, %body274 ], [ %1495, %body278 ]
  %1471 = icmp slt i64 %i280, 256
  br i1 %1471, label %body278, label %done279

body278:                                          ; preds = %loop277
  %1472 = getelementptr float, ptr %1466, i64 %i280
  %1473 = mul i64 %i276, 2064
  %1474 = add i64 %1473, 768
  %1475 = getelementptr float, ptr %acts, i64 %1474
  %1476 = getelementptr float, ptr %1475, i64 %i280
  %1477 = load float, ptr %1476, align 4
  %1478 = getelementptr float, ptr %params, i64 132096
  %1479 = getelementptr float, ptr %1478, i64 %i280
  %1480 = load float, ptr %1479, align 4
  %1481 = fsub float %1477, %1480
  %1482 = fcmp ole float %1481, 1.000000e+00
  %1483 = fcmp oge float %1481, -1.000000e+00
  %1484 = and i1 %1483, %1482
  %1485 = icmp slt i64 %i280, 256
  %1486 = and i1 %1484, %1485
  %1487 = mul i64 %i276, 2064
  %1488 = add i64 %1487, 1024
  %1489 = getelementptr float, ptr %dacts, i64 %1488
  %1490 = getelementptr float, ptr %1489, i64 %i280
  %1491 = load float, ptr %1490, align 4
  %1492 = select i1 %1486, float %1491, float 0.000000e+00
  %1493 = load float, ptr %1472, align 4
  %1494 = fsub float %1493, %1492
  store float %1494, ptr %1472, align 4
  %1495 = add i64 %i280, 1
  br label %loop277

done279:                                          ; preds = %loop277
  %1496 = add i64 %i276, 1
  br label %loop273

loop281:                                          ; preds = %done287, %done275
  %i284 = phi i64 [ 0, %done275 ], [ %1515, %done287 ]
  %1497 = icmp slt i64 %i284, %batch
  br i1 %1497, label %body282, label %done283

body282:                                          ; preds = %loop281
  br label %loop285

done283:                                          ; preds = %loop281
  %1498 = getelementptr float, ptr %params, i64 132352
  %1499 = load float, ptr %1498, align 4
  %1500 = fcmp ogt float %1499, 0.000000e+00
  %1501 = fneg float %1499
  %1502 = select i1 %1500, float %1501, float %1499
  %1503 = call float @llvm.exp.f32(float %1502)
  %1504 = fmul float 3.000000e+00, %1503
  %1505 = fadd float 1.000000e+00, %1504
  %1506 = fadd float %1503, 3.000000e+00
  %1507 = select i1 %1500, float %1505, float %1506
  %1508 = fmul float %1507, %1507
  %1509 = fmul float %1503, 4.000000e+00
  %1510 = fdiv float %1509, %1508
  %1511 = getelementptr float, ptr %grads, i64 132352
  %1512 = load float, ptr %0, align 4
  %1513 = fmul float %1512, %1510
  store float %1513, ptr %1511, align 4
  br label %join268

loop285:                                          ; preds = %done291, %body282
  %i288 = phi i64 [ 0, %body282 ], [ %1530, %done291 ]
  %1514 = icmp slt i64 %i288, 1
  br i1 %1514, label %body286, label %done287

body286:                                          ; preds = %loop285
  br label %loop289

done287:                                          ; preds = %loop285
  %1515 = add i64 %i284, 1
  br label %loop281

loop289:                                          ; preds = %done295, %body286
  %i292 = phi i64 [ 0, %body286 ], [ %1551, %done295 ]
  %1516 = icmp slt i64 %i292, 4
  br i1 %1516, label %body290, label %done291

body290:                                          ; preds = %loop289
  %1517 = mul i64 %i288, 256
  %1518 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i292
  %1519 = load i32, ptr %1518, align 4
  %1520 = sext i32 %1519 to i64
  %1521 = mul i64 %1520, 64
  %1522 = add i64 %1517, %1521
  %1523 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i292
  %1524 = load i32, ptr %1523, align 4
  %1525 = sext i32 %1524 to i64
  %1526 = mul i64 %1525, 64
  %1527 = add i64 %1517, %1526
  %1528 = mul i64 %i292, 64
  %1529 = add i64 %1517, %1528
  br label %loop293

done291:                                          ; preds = %loop289
  %1530 = add i64 %i288, 1
  br label %loop285

loop293:                                          ; preds = %body294, %body290
  %i296 = phi i64 [ 0, %body290 ], [ %1550, %body294 ]
  %1531 = icmp slt i64 %i296, 64
  br i1 %1531, label %body294, label %done295

body294:                                          ; preds = %loop293
  %1532 = add i64 %1527, %i296
  %1533 = add i64 %1522, %i296
  %1534 = add i64 %1529, %i296
  %1535 = mul i64 %i284, 2064
  %1536 = add i64 %1535, 1024
  %1537 = getelementptr float, ptr %acts, i64 %1536
  %1538 = getelementptr float, ptr %1537, i64 %1532
  %1539 = load float, ptr %1538, align 4
  %1540 = getelementptr float, ptr %1537, i64 %1533
  %1541 = load float, ptr %1540, align 4
  %1542 = fsub float %1541, %1539
  %1543 = mul i64 %i284, 2064
  %1544 = add i64 %1543, 1280
  %1545 = getelementptr float, ptr %dacts, i64 %1544
  %1546 = getelementptr float, ptr %1545, i64 %1534
  %1547 = load float, ptr %1546, align 4
  %1548 = load float, ptr %0, align 4
  %1549 = call float @llvm.fmuladd.f32(float %1547, float %1542, float %1548)
  store float %1549, ptr %0, align 4
  %1550 = add i64 %i296, 1
  br label %loop293

done295:                                          ; preds = %loop293
  %1551 = add i64 %i292, 1
  br label %loop289
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.vector.reduce.or.v8i1(<8 x i1>) #0

define void @eic_norm(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i32 %stage, i64 %u0, i64 %u1) {
entry:
  %0 = alloca <8 x float>, align 32
  %1 = alloca <8 x float>, align 32
  %2 = icmp eq i32 %stage, 3
  br i1 %2, label %then, label %join

then:                                             ; preds = %entry
  br label %loop

join:                                             ; preds = %done, %entry
  ret void

loop:                                             ; preds = %done7, %then
  %i = phi i64 [ %u0, %then ], [ %78, %done7 ]
  %3 = icmp slt i64 %i, %u1
  br i1 %3, label %body, label %done

body:                                             ; preds = %loop
  %4 = mul i64 %i, 8
  %5 = sitofp i64 %batch to float
  %6 = insertelement <8 x float> undef, float %5, i32 0
  %7 = shufflevector <8 x float> %6, <8 x float> undef, <8 x i32> zeroinitializer
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop1

done:                                             ; preds = %loop
  br label %join

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %16, %body2 ]
  %8 = icmp slt i64 %i4, %batch
  br i1 %8, label %body2, label %done3

body2:                                            ; preds = %loop1
  %9 = mul i64 %i4, 2064
  %10 = add i64 %9, 512
  %11 = getelementptr float, ptr %acts, i64 %10
  %12 = getelementptr float, ptr %11, i64 %4
  %13 = load <8 x float>, ptr %12, align 4
  %14 = load <8 x float>, ptr %1, align 32
  %15 = fadd <8 x float> %14, %13
  store <8 x float> %15, ptr %1, align 32
  %16 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %17 = load <8 x float>, ptr %1, align 32
  %18 = fdiv <8 x float> %17, %7
  store <8 x float> zeroinitializer, ptr %0, align 32
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %29, %body6 ]
  %19 = icmp slt i64 %i8, %batch
  br i1 %19, label %body6, label %done7

body6:                                            ; preds = %loop5
  %20 = mul i64 %i8, 2064
  %21 = add i64 %20, 512
  %22 = getelementptr float, ptr %acts, i64 %21
  %23 = getelementptr float, ptr %22, i64 %4
  %24 = load <8 x float>, ptr %23, align 4
  %25 = fsub <8 x float> %24, %18
  %26 = fmul <8 x float> %25, %25
  %27 = load <8 x float>, ptr %0, align 32
  %28 = fadd <8 x float> %27, %26
  store <8 x float> %28, ptr %0, align 32
  %29 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %30 = load <8 x float>, ptr %0, align 32
  %31 = fdiv <8 x float> %30, %7
  %32 = getelementptr float, ptr %params, i64 131072
  %33 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %31, <8 x float> zeroinitializer)
  %34 = fadd <8 x float> %33, <float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000>
  %35 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %34)
  %36 = getelementptr float, ptr %32, i64 0
  %37 = getelementptr float, ptr %36, i64 %4
  %38 = load <8 x float>, ptr %37, align 4
  %39 = fdiv <8 x float> %38, %35
  %40 = fmul <8 x float> %39, %18
  %41 = getelementptr float, ptr %32, i64 256
  %42 = getelementptr float, ptr %41, i64 %4
  %43 = load <8 x float>, ptr %42, align 4
  %44 = fsub <8 x float> %43, %40
  %45 = getelementptr float, ptr %gains, i64 0
  %46 = getelementptr float, ptr %45, i64 0
  %47 = getelementptr float, ptr %46, i64 %4
  store <8 x float> %39, ptr %47, align 4
  %48 = getelementptr float, ptr %gains, i64 0
  %49 = getelementptr float, ptr %48, i64 256
  %50 = getelementptr float, ptr %49, i64 %4
  store <8 x float> %44, ptr %50, align 4
  %51 = fadd <8 x float> %31, <float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000>
  %52 = getelementptr float, ptr %gains, i64 0
  %53 = getelementptr float, ptr %52, i64 512
  %54 = getelementptr float, ptr %53, i64 %4
  store <8 x float> %18, ptr %54, align 4
  %55 = getelementptr float, ptr %gains, i64 0
  %56 = getelementptr float, ptr %55, i64 768
  %57 = getelementptr float, ptr %56, i64 %4
  %58 = call <8 x float> @llvm.sqrt.v8f32(<8 x float> %51)
  %59 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %58
  store <8 x float> %59, ptr %57, align 4
  %60 = icmp sgt i64 %batch, 1
  %61 = fsub <8 x float> %7, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %62 = fmul <8 x float> %31, %7
  %63 = fdiv <8 x float> %62, %61
  %64 = select i1 %60, <8 x float> %63, <8 x float> %31
  %65 = getelementptr float, ptr %params, i64 131072
  %66 = getelementptr float, ptr %65, i64 512
  %67 = getelementptr float, ptr %66, i64 %4
  %68 = load <8 x float>, ptr %67, align 4
  %69 = fsub <8 x float> %18, %68
  %70 = fmul <8 x float> <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>, %69
  %71 = fadd <8 x float> %68, %70
  store <8 x float> %71, ptr %67, align 4
  %72 = getelementptr float, ptr %65, i64 768
  %73 = getelementptr float, ptr %72, i64 %4
  %74 = load <8 x float>, ptr %73, align 4
  %75 = fsub <8 x float> %64, %74
  %76 = fmul <8 x float> <float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000, float 0x3FB99999A0000000>, %75
  %77 = fadd <8 x float> %74, %76
  store <8 x float> %77, ptr %73, align 4
  %78 = add i64 %i, 1
  br label %loop
}

define void @eic_norm_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i32 %stage, i64 %u0, i64 %u1) {
entry:
  %0 = alloca <8 x float>, align 32
  %1 = alloca <8 x float>, align 32
  %2 = icmp eq i32 %stage, 3
  br i1 %2, label %then, label %join

then:                                             ; preds = %entry
  br label %loop

join:                                             ; preds = %done, %entry
  ret void

loop:                                             ; preds = %done11, %then
  %i = phi i64 [ %u0, %then ], [ %94, %done11 ]
  %3 = icmp slt i64 %i, %u1
  br i1 %3, label %body, label %done

body:                                             ; preds = %loop
  %4 = mul i64 %i, 8
  %5 = getelementptr float, ptr %gains, i64 0
  %6 = getelementptr float, ptr %5, i64 512
  %7 = getelementptr float, ptr %6, i64 %4
  %8 = load <8 x float>, ptr %7, align 4
  %9 = getelementptr float, ptr %gains, i64 0
  %10 = getelementptr float, ptr %9, i64 768
  %11 = getelementptr float, ptr %10, i64 %4
  %12 = load <8 x float>, ptr %11, align 4
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop1

done:                                             ; preds = %loop
  br label %join

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %27, %body2 ]
  %13 = icmp slt i64 %i4, %batch
  br i1 %13, label %body2, label %done3

body2:                                            ; preds = %loop1
  %14 = mul i64 %i4, 2064
  %15 = add i64 %14, 512
  %16 = getelementptr float, ptr %acts, i64 %15
  %17 = getelementptr float, ptr %16, i64 %4
  %18 = load <8 x float>, ptr %17, align 4
  %19 = fsub <8 x float> %18, %8
  %20 = mul i64 %i4, 2064
  %21 = add i64 %20, 768
  %22 = getelementptr float, ptr %dacts, i64 %21
  %23 = getelementptr float, ptr %22, i64 %4
  %24 = load <8 x float>, ptr %23, align 4
  %25 = load <8 x float>, ptr %1, align 32
  %26 = fadd <8 x float> %25, %24
  store <8 x float> %26, ptr %1, align 32
  %27 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %28 = load <8 x float>, ptr %1, align 32
  store <8 x float> zeroinitializer, ptr %0, align 32
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %45, %body6 ]
  %29 = icmp slt i64 %i8, %batch
  br i1 %29, label %body6, label %done7

body6:                                            ; preds = %loop5
  %30 = mul i64 %i8, 2064
  %31 = add i64 %30, 512
  %32 = getelementptr float, ptr %acts, i64 %31
  %33 = getelementptr float, ptr %32, i64 %4
  %34 = load <8 x float>, ptr %33, align 4
  %35 = fsub <8 x float> %34, %8
  %36 = mul i64 %i8, 2064
  %37 = add i64 %36, 768
  %38 = getelementptr float, ptr %dacts, i64 %37
  %39 = getelementptr float, ptr %38, i64 %4
  %40 = load <8 x float>, ptr %39, align 4
  %41 = fmul <8 x float> %35, %12
  %42 = fmul <8 x float> %40, %41
  %43 = load <8 x float>, ptr %0, align 32
  %44 = fadd <8 x float> %43, %42
  store <8 x float> %44, ptr %0, align 32
  %45 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %46 = load <8 x float>, ptr %0, align 32
  %47 = getelementptr float, ptr %grads, i64 131072
  %48 = getelementptr float, ptr %params, i64 131072
  %49 = getelementptr float, ptr %47, i64 0
  %50 = getelementptr float, ptr %49, i64 %4
  store <8 x float> %46, ptr %50, align 4
  %51 = getelementptr float, ptr %47, i64 256
  %52 = getelementptr float, ptr %51, i64 %4
  store <8 x float> %28, ptr %52, align 4
  %53 = getelementptr float, ptr %47, i64 512
  %54 = getelementptr float, ptr %53, i64 %4
  store <8 x float> zeroinitializer, ptr %54, align 4
  %55 = getelementptr float, ptr %47, i64 768
  %56 = getelementptr float, ptr %55, i64 %4
  store <8 x float> zeroinitializer, ptr %56, align 4
  %57 = sitofp i64 %batch to float
  %58 = insertelement <8 x float> undef, float %57, i32 0
  %59 = shufflevector <8 x float> %58, <8 x float> undef, <8 x i32> zeroinitializer
  %60 = getelementptr float, ptr %48, i64 0
  %61 = getelementptr float, ptr %60, i64 %4
  %62 = load <8 x float>, ptr %61, align 4
  %63 = fmul <8 x float> %62, %12
  %64 = fdiv <8 x float> %63, %59
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %93, %body10 ]
  %65 = icmp slt i64 %i12, %batch
  br i1 %65, label %body10, label %done11

body10:                                           ; preds = %loop9
  %66 = mul i64 %i12, 2064
  %67 = add i64 %66, 512
  %68 = getelementptr float, ptr %acts, i64 %67
  %69 = getelementptr float, ptr %68, i64 %4
  %70 = load <8 x float>, ptr %69, align 4
  %71 = fsub <8 x float> %70, %8
  %72 = fmul <8 x float> %71, %12
  %73 = mul i64 %i12, 2064
  %74 = add i64 %73, 512
  %75 = getelementptr float, ptr %acts, i64 %74
  %76 = getelementptr float, ptr %75, i64 %4
  %77 = load <8 x float>, ptr %76, align 4
  %78 = fsub <8 x float> %77, %8
  %79 = mul i64 %i12, 2064
  %80 = add i64 %79, 768
  %81 = getelementptr float, ptr %dacts, i64 %80
  %82 = getelementptr float, ptr %81, i64 %4
  %83 = load <8 x float>, ptr %82, align 4
  %84 = fmul <8 x float> %59, %83
  %85 = fsub <8 x float> %84, %28
  %86 = fmul <8 x float> %72, %46
  %87 = fsub <8 x float> %85, %86
  %88 = mul i64 %i12, 2064
  %89 = add i64 %88, 512
  %90 = getelementptr float, ptr %dacts, i64 %89
  %91 = getelementptr float, ptr %90, i64 %4
  %92 = fmul <8 x float> %64, %87
  store <8 x float> %92, ptr %91, align 4
  %93 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %94 = add i64 %i, 1
  br label %loop
}

define void @eic_adam(ptr %params, ptr %grads, ptr %m, ptr %v, float %lr, float %beta1, float %beta2, float %eps, float %bc1, float %bc2, i64 %e0, i64 %e1, float %wd) {
entry:
  %0 = icmp sgt i64 %e0, 0
  %1 = select i1 %0, i64 %e0, i64 0
  %2 = icmp slt i64 %e1, 65536
  %3 = select i1 %2, i64 %e1, i64 65536
  %4 = icmp slt i64 %3, %1
  %5 = select i1 %4, i64 %1, i64 %3
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ %1, %entry ], [ %34, %body ]
  %6 = icmp slt i64 %i, %5
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = getelementptr float, ptr %grads, i64 %i
  %8 = load float, ptr %7, align 4
  %9 = getelementptr float, ptr %m, i64 %i
  %10 = getelementptr float, ptr %v, i64 %i
  %11 = getelementptr float, ptr %params, i64 %i
  %12 = fsub float 1.000000e+00, %beta1
  %13 = fmul float %12, %8
  %14 = load float, ptr %9, align 4
  %15 = fmul float %beta1, %14
  %16 = fadd float %15, %13
  %17 = fmul float %8, %8
  %18 = fsub float 1.000000e+00, %beta2
  %19 = fmul float %18, %17
  %20 = load float, ptr %10, align 4
  %21 = fmul float %beta2, %20
  %22 = fadd float %21, %19
  store float %16, ptr %9, align 4
  store float %22, ptr %10, align 4
  %23 = fdiv float %16, %bc1
  %24 = fdiv float %22, %bc2
  %25 = call float @llvm.sqrt.f32(float %24)
  %26 = fadd float %25, %eps
  %27 = fmul float %lr, %23
  %28 = fdiv float %27, %26
  %29 = load float, ptr %11, align 4
  %30 = fsub float %29, %28
  %31 = fmul float %lr, %wd
  %32 = fmul float %31, %29
  %33 = fsub float %30, %32
  store float %33, ptr %11, align 4
  %34 = add i64 %i, 1
  br label %loop

done:                                             ; preds = %loop
  %35 = icmp sgt i64 %e0, 65536
  %36 = select i1 %35, i64 %e0, i64 65536
  %37 = icmp slt i64 %e1, 131072
  %38 = select i1 %37, i64 %e1, i64 131072
  %39 = icmp slt i64 %38, %36
  %40 = select i1 %39, i64 %36, i64 %38
  br label %loop1

loop1:                                            ; preds = %body2, %done
  %i4 = phi i64 [ %36, %done ], [ %69, %body2 ]
  %41 = icmp slt i64 %i4, %40
  br i1 %41, label %body2, label %done3

body2:                                            ; preds = %loop1
  %42 = getelementptr float, ptr %grads, i64 %i4
  %43 = load float, ptr %42, align 4
  %44 = getelementptr float, ptr %m, i64 %i4
  %45 = getelementptr float, ptr %v, i64 %i4
  %46 = getelementptr float, ptr %params, i64 %i4
  %47 = fsub float 1.000000e+00, %beta1
  %48 = fmul float %47, %43
  %49 = load float, ptr %44, align 4
  %50 = fmul float %beta1, %49
  %51 = fadd float %50, %48
  %52 = fmul float %43, %43
  %53 = fsub float 1.000000e+00, %beta2
  %54 = fmul float %53, %52
  %55 = load float, ptr %45, align 4
  %56 = fmul float %beta2, %55
  %57 = fadd float %56, %54
  store float %51, ptr %44, align 4
  store float %57, ptr %45, align 4
  %58 = fdiv float %51, %bc1
  %59 = fdiv float %57, %bc2
  %60 = call float @llvm.sqrt.f32(float %59)
  %61 = fadd float %60, %eps
  %62 = fmul float %lr, %58
  %63 = fdiv float %62, %61
  %64 = load float, ptr %46, align 4
  %65 = fsub float %64, %63
  %66 = fmul float %lr, %wd
  %67 = fmul float %66, %64
  %68 = fsub float %65, %67
  store float %68, ptr %46, align 4
  %69 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %70 = icmp sgt i64 %e0, 131072
  %71 = select i1 %70, i64 %e0, i64 131072
  %72 = icmp slt i64 %e1, 132096
  %73 = select i1 %72, i64 %e1, i64 132096
  %74 = icmp slt i64 %73, %71
  %75 = select i1 %74, i64 %71, i64 %73
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ %71, %done3 ], [ %101, %body6 ]
  %76 = icmp slt i64 %i8, %75
  br i1 %76, label %body6, label %done7

body6:                                            ; preds = %loop5
  %77 = getelementptr float, ptr %grads, i64 %i8
  %78 = load float, ptr %77, align 4
  %79 = getelementptr float, ptr %m, i64 %i8
  %80 = getelementptr float, ptr %v, i64 %i8
  %81 = getelementptr float, ptr %params, i64 %i8
  %82 = fsub float 1.000000e+00, %beta1
  %83 = fmul float %82, %78
  %84 = load float, ptr %79, align 4
  %85 = fmul float %beta1, %84
  %86 = fadd float %85, %83
  %87 = fmul float %78, %78
  %88 = fsub float 1.000000e+00, %beta2
  %89 = fmul float %88, %87
  %90 = load float, ptr %80, align 4
  %91 = fmul float %beta2, %90
  %92 = fadd float %91, %89
  store float %86, ptr %79, align 4
  store float %92, ptr %80, align 4
  %93 = fdiv float %86, %bc1
  %94 = fdiv float %92, %bc2
  %95 = call float @llvm.sqrt.f32(float %94)
  %96 = fadd float %95, %eps
  %97 = fmul float %lr, %93
  %98 = fdiv float %97, %96
  %99 = load float, ptr %81, align 4
  %100 = fsub float %99, %98
  store float %100, ptr %81, align 4
  %101 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %102 = icmp sgt i64 %e0, 132096
  %103 = select i1 %102, i64 %e0, i64 132096
  %104 = icmp slt i64 %e1, 132352
  %105 = select i1 %104, i64 %e1, i64 132352
  %106 = icmp slt i64 %105, %103
  %107 = select i1 %106, i64 %103, i64 %105
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ %103, %done7 ], [ %133, %body10 ]
  %108 = icmp slt i64 %i12, %107
  br i1 %108, label %body10, label %done11

body10:                                           ; preds = %loop9
  %109 = getelementptr float, ptr %grads, i64 %i12
  %110 = load float, ptr %109, align 4
  %111 = getelementptr float, ptr %m, i64 %i12
  %112 = getelementptr float, ptr %v, i64 %i12
  %113 = getelementptr float, ptr %params, i64 %i12
  %114 = fsub float 1.000000e+00, %beta1
  %115 = fmul float %114, %110
  %116 = load float, ptr %111, align 4
  %117 = fmul float %beta1, %116
  %118 = fadd float %117, %115
  %119 = fmul float %110, %110
  %120 = fsub float 1.000000e+00, %beta2
  %121 = fmul float %120, %119
  %122 = load float, ptr %112, align 4
  %123 = fmul float %beta2, %122
  %124 = fadd float %123, %121
  store float %118, ptr %111, align 4
  store float %124, ptr %112, align 4
  %125 = fdiv float %118, %bc1
  %126 = fdiv float %124, %bc2
  %127 = call float @llvm.sqrt.f32(float %126)
  %128 = fadd float %127, %eps
  %129 = fmul float %lr, %125
  %130 = fdiv float %129, %128
  %131 = load float, ptr %113, align 4
  %132 = fsub float %131, %130
  store float %132, ptr %113, align 4
  %133 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %134 = icmp sgt i64 %e0, 132352
  %135 = select i1 %134, i64 %e0, i64 132352
  %136 = icmp slt i64 %e1, 132353
  %137 = select i1 %136, i64 %e1, i64 132353
  %138 = icmp slt i64 %137, %135
  %139 = select i1 %138, i64 %135, i64 %137
  br label %loop13

loop13:                                           ; preds = %body14, %done11
  %i16 = phi i64 [ %135, %done11 ], [ %165, %body14 ]
  %140 = icmp slt i64 %i16, %139
  br i1 %140, label %body14, label %done15

body14:                                           ; preds = %loop13
  %141 = getelementptr float, ptr %grads, i64 %i16
  %142 = load float, ptr %141, align 4
  %143 = getelementptr float, ptr %m, i64 %i16
  %144 = getelementptr float, ptr %v, i64 %i16
  %145 = getelementptr float, ptr %params, i64 %i16
  %146 = fsub float 1.000000e+00, %beta1
  %147 = fmul float %146, %142
  %148 = load float, ptr %143, align 4
  %149 = fmul float %beta1, %148
  %150 = fadd float %149, %147
  %151 = fmul float %142, %142
  %152 = fsub float 1.000000e+00, %beta2
  %153 = fmul float %152, %151
  %154 = load float, ptr %144, align 4
  %155 = fmul float %beta2, %154
  %156 = fadd float %155, %153
  store float %150, ptr %143, align 4
  store float %156, ptr %144, align 4
  %157 = fdiv float %150, %bc1
  %158 = fdiv float %156, %bc2
  %159 = call float @llvm.sqrt.f32(float %158)
  %160 = fadd float %159, %eps
  %161 = fmul float %lr, %157
  %162 = fdiv float %161, %160
  %163 = load float, ptr %145, align 4
  %164 = fsub float %163, %162
  store float %164, ptr %145, align 4
  %165 = add i64 %i16, 1
  br label %loop13

done15:                                           ; preds = %loop13
  %166 = icmp sgt i64 %e0, 132368
  %167 = select i1 %166, i64 %e0, i64 132368
  %168 = icmp slt i64 %e1, 197904
  %169 = select i1 %168, i64 %e1, i64 197904
  %170 = icmp slt i64 %169, %167
  %171 = select i1 %170, i64 %167, i64 %169
  br label %loop17

loop17:                                           ; preds = %body18, %done15
  %i20 = phi i64 [ %167, %done15 ], [ %200, %body18 ]
  %172 = icmp slt i64 %i20, %171
  br i1 %172, label %body18, label %done19

body18:                                           ; preds = %loop17
  %173 = getelementptr float, ptr %grads, i64 %i20
  %174 = load float, ptr %173, align 4
  %175 = getelementptr float, ptr %m, i64 %i20
  %176 = getelementptr float, ptr %v, i64 %i20
  %177 = getelementptr float, ptr %params, i64 %i20
  %178 = fsub float 1.000000e+00, %beta1
  %179 = fmul float %178, %174
  %180 = load float, ptr %175, align 4
  %181 = fmul float %beta1, %180
  %182 = fadd float %181, %179
  %183 = fmul float %174, %174
  %184 = fsub float 1.000000e+00, %beta2
  %185 = fmul float %184, %183
  %186 = load float, ptr %176, align 4
  %187 = fmul float %beta2, %186
  %188 = fadd float %187, %185
  store float %182, ptr %175, align 4
  store float %188, ptr %176, align 4
  %189 = fdiv float %182, %bc1
  %190 = fdiv float %188, %bc2
  %191 = call float @llvm.sqrt.f32(float %190)
  %192 = fadd float %191, %eps
  %193 = fmul float %lr, %189
  %194 = fdiv float %193, %192
  %195 = load float, ptr %177, align 4
  %196 = fsub float %195, %194
  %197 = fmul float %lr, %wd
  %198 = fmul float %197, %195
  %199 = fsub float %196, %198
  store float %199, ptr %177, align 4
  %200 = add i64 %i20, 1
  br label %loop17

done19:                                           ; preds = %loop17
  %201 = icmp sgt i64 %e0, 197904
  %202 = select i1 %201, i64 %e0, i64 197904
  %203 = icmp slt i64 %e1, 263440
  %204 = select i1 %203, i64 %e1, i64 263440
  %205 = icmp slt i64 %204, %202
  %206 = select i1 %205, i64 %202, i64 %204
  br label %loop21

loop21:                                           ; preds = %body22, %done19
  %i24 = phi i64 [ %202, %done19 ], [ %235, %body22 ]
  %207 = icmp slt i64 %i24, %206
  br i1 %207, label %body22, label %done23

body22:                                           ; preds = %loop21
  %208 = getelementptr float, ptr %grads, i64 %i24
  %209 = load float, ptr %208, align 4
  %210 = getelementptr float, ptr %m, i64 %i24
  %211 = getelementptr float, ptr %v, i64 %i24
  %212 = getelementptr float, ptr %params, i64 %i24
  %213 = fsub float 1.000000e+00, %beta1
  %214 = fmul float %213, %209
  %215 = load float, ptr %210, align 4
  %216 = fmul float %beta1, %215
  %217 = fadd float %216, %214
  %218 = fmul float %209, %209
  %219 = fsub float 1.000000e+00, %beta2
  %220 = fmul float %219, %218
  %221 = load float, ptr %211, align 4
  %222 = fmul float %beta2, %221
  %223 = fadd float %222, %220
  store float %217, ptr %210, align 4
  store float %223, ptr %211, align 4
  %224 = fdiv float %217, %bc1
  %225 = fdiv float %223, %bc2
  %226 = call float @llvm.sqrt.f32(float %225)
  %227 = fadd float %226, %eps
  %228 = fmul float %lr, %224
  %229 = fdiv float %228, %227
  %230 = load float, ptr %212, align 4
  %231 = fsub float %230, %229
  %232 = fmul float %lr, %wd
  %233 = fmul float %232, %230
  %234 = fsub float %231, %233
  store float %234, ptr %212, align 4
  %235 = add i64 %i24, 1
  br label %loop21

done23:                                           ; preds = %loop21
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
